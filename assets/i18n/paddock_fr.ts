<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppError</name>
    <message>
        <location filename="../../app/gguf_file.py" line="+322"/>
        <source>Paddock is not allowed to read the model file {path} (permission denied). Check the permissions of the file and of its folders.</source>
        <translation>Paddock n&apos;a pas le droit de lire le fichier de modèle {path} (permission refusée). Vérifiez les permissions du fichier et de ses dossiers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model file {path} cannot be read: {reason}.</source>
        <translation>Le fichier de modèle {path} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model file does not exist: {path}</source>
        <translation>Le fichier de modèle n&apos;existe pas : {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model path is not a file: {path}</source>
        <translation>Le chemin du modèle n&apos;est pas un fichier : {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a GGUF model file (it does not start with &apos;GGUF&apos;). Paddock runs llama.cpp models in GGUF format.</source>
        <translation>{name} n&apos;est pas un fichier de modèle GGUF (il ne commence pas par &apos;GGUF&apos;). Paddock exécute les modèles llama.cpp au format GGUF.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is damaged or incomplete: {damage}.</source>
        <translation>{name} est endommagé ou incomplet : {damage}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is damaged: its header says its tensors end at byte {end:,}, far beyond the size of any model.</source>
        <translation>{name} est endommagé : son en-tête indique que ses tenseurs se terminent à l&apos;octet {end:,}, bien au-delà de la taille de tout modèle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is truncated: it holds {size:,} bytes but its tensors need {end:,}. The download or copy did not finish; fetch the file again.</source>
        <translation>{name} est tronqué : il contient {size:,} octets mais ses tenseurs en demandent {end:,}. Le téléchargement ou la copie n&apos;est pas allé jusqu&apos;au bout ; récupérez à nouveau le fichier.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>AttachedLabel</name>
    <message>
        <location filename="../../ui/widgets/documents_ui.py" line="+63"/>
        <source>whole documents</source>
        <translation>documents entiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passages found for each question</source>
        <translation>passages trouvés pour chaque question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers from your documents: %1 (%2)</source>
        <translation>Répond à partir de vos documents : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <location filename="../../ui/widgets/compare_window.py" line="+308"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare models side by side…</source>
        <translation>Comparer des modèles côte à côte…</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="+114"/>
        <source>GGUF file…</source>
        <translation>Fichier GGUF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest reply (tokens):</source>
        <translation>Réponse la plus longue (jetons) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop this pane</source>
        <translation>Arrêter ce volet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1</source>
        <translation>Modèle %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a GGUF model</source>
        <translation>Choisir un modèle GGUF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You: </source>
        <translation>Vous : </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>remote</source>
        <translation>distant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First token %1 s · prompt %2 tokens/s · generation %3 tokens/s · %4 + %5 tokens · memory %6</source>
        <translation>Premier jeton %1 s · invite %2 jetons/s · génération %3 jetons/s · %4 + %5 jetons · mémoire %6</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../ui/widgets/compare_window.py" line="-158"/>
        <source>Compare models — Paddock</source>
        <translation>Comparer des modèles — Paddock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panes:</source>
        <translation>Volets :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind (names hidden and order shuffled until the vote)</source>
        <translation>À l’aveugle (noms cachés et ordre mélangé jusqu’au vote)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New comparison</source>
        <translation>Nouvelle comparaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to all</source>
        <translation>Envoyer à tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message for every pane (Ctrl+Enter sends)</source>
        <translation>Un message pour tous les volets (Ctrl+Entrée envoie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tie</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both are bad</source>
        <translation>Les deux sont mauvais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with the winner</source>
        <translation>Continuer avec le gagnant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task:</source>
        <translation>Tâche :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is better</source>
        <translation>%1 est meilleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is best</source>
        <translation>%1 est le meilleur</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a model in every pane.</source>
        <translation>Choisissez un modèle dans chaque volet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Together: every pane&apos;s model is loaded at once and they answer at the same time.</source>
        <translation>Ensemble : les modèles de tous les volets sont chargés à la fois et répondent en même temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One after another: each pane&apos;s model is loaded, answers and is unloaded before the next.</source>
        <translation>L’un après l’autre : le modèle de chaque volet est chargé, répond, puis est déchargé avant le suivant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads: %1.</source>
        <translation>Threads : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote: %1 (on a server: no memory or cores here, answers alongside the others).</source>
        <translation>Distant : %1 (sur un serveur : ni mémoire ni cœurs ici, répond en même temps que les autres).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>ContextFullBox</name>
    <message>
        <location filename="../../ui/widgets/context_full.py" line="+31"/>
        <source>This message does not fit in the context</source>
        <translation>Ce message ne tient pas dans le contexte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conversation, your message and the room kept for the reply need about %1 tokens; the model is loaded with a context of %2 tokens. What should Paddock do in this chat?</source>
        <translation>La conversation, votre message et la place réservée à la réponse demandent environ %1 jetons ; le modèle est chargé avec un contexte de %2 jetons. Que doit faire Paddock dans cette discussion ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload with a longer context (%1 tokens)</source>
        <translation>Recharger avec un contexte plus long (%1 jetons)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking whether it fits in memory…</source>
        <translation>Vérification de la place en mémoire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the oldest turns</source>
        <translation>Retirer les échanges les plus anciens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system prompt stays; the turns left out are dimmed in the chat</source>
        <translation>Le prompt système reste ; les échanges retirés sont grisés dans la discussion</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../ui/widgets/context_meter.py" line="+75"/>
        <source>Context: %1 of %2 tokens</source>
        <translation>Contexte : %1 sur %2 jetons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt: %1</source>
        <translation>Prompt système : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation: %1</source>
        <translation>Conversation : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message: %1</source>
        <translation>Votre message : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for the reply: %1</source>
        <translation>Réservé à la réponse : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next message does not fit in the context.</source>
        <translation>Le prochain message ne tient pas dans le contexte.</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../ui/widgets/convert_dialog.py" line="+59"/>
        <source>Convert a Hugging Face model</source>
        <translation>Convertir un modèle Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From %1 to an F16 GGUF in the models folder.</source>
        <translation>De %1 vers un GGUF F16 dans le dossier des modèles.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the GGUF: %1 of %2</source>
        <translation>Écriture du GGUF : %1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking that llama.cpp loads the result…</source>
        <translation>Vérification que llama.cpp charge le résultat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the folder: configuration, weights, tokenizer, disk space…</source>
        <translation>Vérification du dossier : configuration, poids, tokenizer, espace disque…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was left behind.</source>
        <translation>Annulé ; rien n’a été laissé.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/crash.py" line="+47"/>
        <source>Paddock hit a bug</source>
        <translation>Paddock a rencontré un bogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong. Your conversations are saved. The details below were written to the log; please include them in a bug report.</source>
        <translation>Une erreur inattendue s’est produite. Vos conversations sont enregistrées. Les détails ci-dessous ont été écrits dans le journal&#x202f;; veuillez les joindre à votre rapport de bogue.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../ui/widgets/documents_dialog.py" line="+117"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own documents, indexed on this computer: nothing is sent anywhere. Tick a collection to answer the chat on screen from it.</source>
        <translation>Vos propres documents, indexés sur cet ordinateur : rien n&apos;est envoyé nulle part. Cochez une collection pour que la discussion à l&apos;écran y puise ses réponses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collection name</source>
        <translation>Nom de la collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add f&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-scan</source>
        <translation>&amp;Réanalyser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not indexed:</source>
        <translation>Non indexés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Embedding model:</source>
        <translation>Modèle d’&amp;embedding :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 files, %3 passages, %4 tokens</source>
        <translation>%1 : %2 fichiers, %3 passages, %4 jetons</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read whole documents instead of searching them (%1 tokens)</source>
        <translation>Lire les documents entiers au lieu d&apos;y chercher (%1 jetons)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>None: keyword search only</source>
        <translation>Aucun : recherche par mots-clés seulement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download %1 (%2 MB)…</source>
        <translation>Télécharger %1 (%2 Mo)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a GGUF file…</source>
        <translation>Choisir un fichier GGUF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passages are found by their words and by their meaning (%1), in any of the languages the model knows.</source>
        <translation>Les passages sont trouvés par leurs mots et par leur sens (%1), dans toutes les langues que le modèle connaît.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyword search only: passages are found by the words of the question. Choose an embedding model (multilingual-e5, bge-m3) to also find them by meaning.</source>
        <translation>Recherche par mots-clés seulement : les passages sont trouvés par les mots de la question. Choisissez un modèle d’embedding (multilingual-e5, bge-m3) pour les trouver aussi par leur sens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading %1 (see the downloads list): it is offered here once it is in.</source>
        <translation>Téléchargement de %1 (voir la liste des téléchargements) : il sera proposé ici une fois arrivé.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 of %2 files, about %3 s left</source>
        <translation>%1 fichiers sur %2, environ %3 s restantes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedding passages: %1 of %2</source>
        <translation>Embedding des passages : %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, about %2 s left</source>
        <translation>%1, environ %2 s restantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a kind of file Paddock reads</source>
        <translation>un type de fichier que Paddock ne lit pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scanned PDF without text</source>
        <translation>un PDF numérisé sans texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indexing stopped; the files done so far are kept.</source>
        <translation>Indexation arrêtée ; les fichiers déjà traités sont conservés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add documents</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an embedding model</source>
        <translation>Choisir un modèle d’embedding</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a folder of documents</source>
        <translation>Ajouter un dossier de documents</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../../ui/widgets/documents_ui.py" line="-27"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collections…</source>
        <translation>&amp;Collections…</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../ui/widgets/downloads_panel.py" line="+88"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the download before it</source>
        <translation>En attente du téléchargement précédent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking the hub…</source>
        <translation>Interrogation du hub…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the bytes kept from before: %1</source>
        <translation>Vérification des octets conservés : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified; installing…</source>
        <translation>Vérifié ; installation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left</source>
        <translation>%1 restantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: %1 kept. Resume continues from there.</source>
        <translation>En pause : %1 conservés. Reprendre repart de là.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed and verified (sha256), %1.</source>
        <translation>Installé et vérifié (sha256), %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; the partial file was deleted.</source>
        <translation>Annulé ; le fichier partiel a été supprimé.</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+45"/>
        <source>This model file cannot be used</source>
        <translation>Ce fichier de modèle ne peut pas être utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model is not supported</source>
        <translation>Ce modèle n’est pas pris en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The context is longer than this model supports</source>
        <translation>Le contexte dépasse ce que ce modèle prend en charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conversation no longer fits in the context</source>
        <translation>La conversation ne tient plus dans le contexte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s chat template was refused</source>
        <translation>Le gabarit de conversation du modèle a été refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model engine reported a problem</source>
        <translation>Le moteur du modèle a signalé un problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model stopped unexpectedly</source>
        <translation>Le modèle s’est arrêté de façon inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded</source>
        <translation>Aucun modèle n’est chargé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remote backend cannot be reached (is the server running, is the address right?)</source>
        <translation>Le serveur distant est injoignable (le serveur tourne-t-il, l’adresse est-elle juste ?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The remote backend did not answer in time</source>
        <translation>Le serveur distant n’a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remote backend answered with an error</source>
        <translation>Le serveur distant a répondu par une erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These settings cannot be used</source>
        <translation>Ces paramètres ne peuvent pas être utilisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model does not fit in memory</source>
        <translation>Ce modèle ne tient pas en mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation history cannot be used</source>
        <translation>L&apos;historique des conversations est inutilisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database is damaged</source>
        <translation>La base de données des conversations est endommagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database is busy</source>
        <translation>La base de données des conversations est occupée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database cannot be opened</source>
        <translation>Impossible d&apos;ouvrir la base de données des conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation history was written by a newer Paddock</source>
        <translation>L&apos;historique des conversations a été écrit par une version plus récente de Paddock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation no longer exists</source>
        <translation>Cette conversation n&apos;existe plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export could not be written</source>
        <translation>L&apos;export n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be imported</source>
        <translation>Ce fichier ne peut pas être importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddock&apos;s model list is damaged</source>
        <translation>La liste des modèles de Paddock est endommagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hugging Face refused access to this model</source>
        <translation>Hugging Face refuse l&apos;accès à ce modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model was not found on Hugging Face</source>
        <translation>Ce modèle est introuvable sur Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hugging Face cannot be reached</source>
        <translation>Impossible de joindre Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download is damaged</source>
        <translation>Le téléchargement est endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is not enough disk space</source>
        <translation>L&apos;espace disque est insuffisant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This download is in the way of another</source>
        <translation>Ce téléchargement entre en conflit avec un autre</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../ui/widgets/first_run_page.py" line="+156"/>
        <location line="+83"/>
        <source>Working out which Llama suits this computer…</source>
        <translation>Recherche du Llama adapté à cet ordinateur…</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Get a Llama</source>
        <translation>Obtenir un Llama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Welcome to Paddock&lt;/h2&gt;Paddock runs Llama models on this computer; nothing you type leaves it. First you need a model: here is what fits.</source>
        <translation>&lt;h2&gt;Bienvenue dans Paddock&lt;/h2&gt;Paddock exécute des modèles Llama sur cet ordinateur ; rien de ce que vous tapez n’en sort. Il vous faut d’abord un modèle : voici ce qui tient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Llama that suits it</source>
        <translation>Le Llama qui lui convient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence and other ways to a model</source>
        <translation>Licence et autres façons d’obtenir un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan for a context of:</source>
        <translation>Prévoir un contexte de :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download it</source>
        <translation>Le télécharger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a GGUF file…</source>
        <translation>Ouvrir un fichier GGUF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this one</source>
        <translation>Utiliser celui-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>Convert a Hugging Face folder…</source>
        <translation>Convertir un dossier Hugging Face…</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>A folder with config.json, tokenizer and .safetensors files</source>
        <translation>Un dossier avec config.json, le tokenizer et des fichiers .safetensors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models found in the Hugging Face cache, LM Studio and Ollama</source>
        <translation>Modèles GGUF trouvés dans le cache Hugging Face, LM Studio et Ollama</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meta&apos;s Llama models come under their community licences: %1. Using a model means accepting its licence.</source>
        <translation>Les modèles Llama de Meta sont distribués sous leurs licences communautaires : %1. Utiliser un modèle, c’est accepter sa licence.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock downloads ready-made GGUF files from community repositories that need no account. Meta&apos;s own repositories are gated: accept the licence on huggingface.co, create a token with read access at &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; and set it as HF_TOKEN before starting Paddock.</source>
        <translation>Paddock télécharge des fichiers GGUF prêts à l’emploi depuis des dépôts communautaires qui ne demandent pas de compte. Les dépôts de Meta sont à accès restreint : acceptez la licence sur huggingface.co, créez un jeton en lecture sur &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; et définissez-le comme HF_TOKEN avant de lancer Paddock.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measuring this computer…</source>
        <translation>Mesure de cet ordinateur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory: %1 in total, %2 free now.</source>
        <translation>Mémoire : %1 au total, %2 libres en ce moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock may use at most %1 here (a limit set for this session); %2 of it is free.</source>
        <translation>Paddock peut utiliser au plus %1 ici (une limite fixée pour cette session) ; %2 en sont libres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processor: %1, %2 cores.</source>
        <translation>Processeur : %1, %2 cœurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graphics: %1, sharing the computer&apos;s memory (up to %2).</source>
        <translation>Graphique : %1, partage la mémoire de l’ordinateur (jusqu’à %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graphics: %1 with %2 of video memory (%3 free).</source>
        <translation>Graphique : %1 avec %2 de mémoire vidéo (%3 libres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graphics: %1 with %2 of video memory.</source>
        <translation>Graphique : %1 avec %2 de mémoire vidéo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock&apos;s llama.cpp can use it.</source>
        <translation>Le llama.cpp de Paddock peut l’utiliser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether Paddock&apos;s llama.cpp can use it is unknown.</source>
        <translation>On ne sait pas si le llama.cpp de Paddock peut l’utiliser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paddock&apos;s llama.cpp was built for the CPU only, so it is not used.</source>
        <translation>Le llama.cpp de Paddock a été compilé pour le processeur seul : elle n’est donc pas utilisée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card that llama.cpp could use was found: models run on the processor.</source>
        <translation>Aucune carte graphique utilisable par llama.cpp n’a été trouvée : les modèles tournent sur le processeur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No Llama in the catalog fits in the memory that is free now at this context. Close other programs or choose a shorter context.</source>
        <translation>Aucun Llama du catalogue ne tient dans la mémoire libre actuelle avec ce contexte. Fermez d’autres programmes ou choisissez un contexte plus court.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It fits in the %1 of video memory with %2 to spare</source>
        <translation>Il tient dans les %1 de mémoire vidéo avec %2 de marge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It fits in your %1 of memory with %2 to spare</source>
        <translation>Il tient dans vos %1 de mémoire avec %2 de marge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, writing %1.</source>
        <translation>, et écrit %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt;, %2, with a context of %3.</source>
        <translation>Recommandé : &lt;b&gt;%1&lt;/b&gt;, %2, avec un contexte de %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longest context that fits: %1.</source>
        <translation>Le plus long contexte qui tient : %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No GGUF model found in other apps&apos; folders</source>
        <translation>Aucun modèle GGUF trouvé dans les dossiers d’autres applications</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not enough disk space for it: %1 to download, %2 free. Free some space first.</source>
        <translation>Pas assez d’espace disque : %1 à télécharger, %2 libres. Libérez d’abord de la place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to download; %2 free on the disk.</source>
        <translation>%1 à télécharger ; %2 libres sur le disque.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From %1 (no account needed)</source>
        <translation>Depuis %1 (aucun compte requis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ready-made file of this one: convert the Hugging Face model and quantize it</source>
        <translation>Pas de fichier prêt pour celui-ci : convertissez le modèle Hugging Face puis quantifiez-le</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/widgets/help_menu.py" line="+49"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Paddock</source>
        <translation>À &amp;propos de Paddock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paddock %1</source>
        <translation>Paddock %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat with Llama models on your own computer. Your conversations stay on it.</source>
        <translation>Discutez avec des modèles Llama sur votre propre ordinateur. Vos conversations y restent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models run with llama.cpp.</source>
        <translation>Les modèles tournent avec llama.cpp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Llama licence notice:</source>
        <translation>Mention de licence de Llama :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the Llama 3.1 Community License</source>
        <translation>Lire la Llama 3.1 Community License</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Paddock</source>
        <translation>À propos de Paddock</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/widgets/history_panel.py" line="+103"/>
        <source>Search all conversations</source>
        <translation>Rechercher dans toutes les conversations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message trouvé</numerusform>
            <numerusform>%n messages trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n message</numerusform>
            <numerusform>%1 · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening your conversations…</source>
        <translation>Ouverture de vos conversations…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations are not being saved: %1</source>
        <translation>Les conversations ne sont pas enregistrées : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your conversations will be listed here.</source>
        <translation>Vos conversations apparaîtront ici.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin to the top</source>
        <translation>Épingler en haut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename conversation</source>
        <translation>Renommer la conversation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paddock JSON (*.json)</source>
        <translation>JSON Paddock (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this conversation and all its messages? This cannot be undone.</source>
        <translation>Supprimer cette conversation et tous ses messages ? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../ui/widgets/language_box.py" line="+40"/>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
</context>
<context>
    <name>LeaderboardChart</name>
    <message>
        <location filename="../../ui/widgets/leaderboard_chart.py" line="+80"/>
        <source>No votes yet. Compare models side by side and vote to see their ratings here.</source>
        <translation>Aucun vote pour l&apos;instant. Comparez des modèles côte à côte et votez pour voir ici leurs classements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings with 95 % intervals</source>
        <translation>Classements avec intervalles à 95 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate of the row&apos;s model against the column&apos;s</source>
        <translation>Taux de victoire du modèle de la ligne contre celui de la colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ties count half a win each way; the small number is the battles between the two.</source>
        <translation>Une égalité compte comme une demi-victoire pour chacun ; le petit nombre est celui des duels entre les deux.</translation>
    </message>
</context>
<context>
    <name>LeaderboardPage</name>
    <message>
        <location filename="../../ui/widgets/compare_leaderboard.py" line="+86"/>
        <source>Include votes cast with the names visible</source>
        <translation>Inclure les votes exprimés avec les noms visibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out &quot;both are bad&quot; votes</source>
        <translation>Ignorer les votes « Les deux sont mauvais »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise a &quot;both are bad&quot; vote counts as a tie.</source>
        <translation>Sinon, un vote « Les deux sont mauvais » compte comme une égalité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task:</source>
        <translation>Tâche :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>Classement Elo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95 % interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Battles</source>
        <translation>Duels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins / ties / losses</source>
        <translation>Victoires / égalités / défaites</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No votes yet: compare two models and vote.</source>
        <translation>Aucun vote pour l’instant : comparez deux modèles et votez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bradley–Terry ratings on the Elo scale; ties count half a win each way; intervals from %1 resamples of the votes.</source>
        <translation>Classements Bradley–Terry sur l’échelle Elo ; une égalité compte une demi-victoire de chaque côté ; intervalles issus de %1 rééchantillonnages des votes.</translation>
    </message>
</context>
<context>
    <name>LoadSettingsDialog</name>
    <message>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+185"/>
        <source>Load settings</source>
        <translation>Paramètres de chargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it costs</source>
        <translation>Ce que cela coûte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-115"/>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+1"/>
        <source>Context:</source>
        <translation>Contexte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+0"/>
        <location line="+9"/>
        <source>KV cache:</source>
        <translation>Cache KV :</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="-9"/>
        <source>GPU layers:</source>
        <translation>Couches sur le GPU :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the conversation the model can see at once</source>
        <translation>La part de la conversation que le modèle voit à la fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>q8_0 and q4_0 store the context in less memory (q8_0 loses almost nothing)</source>
        <translation>q8_0 et q4_0 stockent le contexte dans moins de mémoire (q8_0 ne perd presque rien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planner&apos;s choice</source>
        <translation>Choix du planificateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+154"/>
        <source>Layers run on the GPU; the rest run on the CPU from RAM</source>
        <translation>Couches exécutées sur le GPU ; le reste tourne sur le processeur depuis la RAM</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Weights:</source>
        <translation>Poids :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compute buffers:</source>
        <translation>Tampons de calcul :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory needed:</source>
        <translation>Mémoire nécessaire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory available:</source>
        <translation>Mémoire disponible :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the prompt:</source>
        <translation>Lecture du prompt :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the reply:</source>
        <translation>Écriture de la réponse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading a full context:</source>
        <translation>Lecture d’un contexte complet :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would fit instead:</source>
        <translation>Ce qui tiendrait à la place :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load anyway (it may be very slow or fail)</source>
        <translation>Charger quand même (cela peut être très lent ou échouer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · trained for %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · entraîné pour %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planning…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quantized KV cache needs flash attention: it is turned on with it</source>
        <translation>Un cache KV quantifié exige la flash attention : elle est activée avec lui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses less memory for long contexts</source>
        <translation>Utilise moins de mémoire pour les longs contextes</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 of RAM</source>
        <translation>%1 de RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of RAM (%2 after keeping some free)</source>
        <translation>%1 de RAM (%2 en gardant une marge)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of VRAM</source>
        <translation>%1 de VRAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of VRAM on %2</source>
        <translation>%1 de VRAM sur %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No GPU that this llama.cpp build can use: every layer runs on the CPU</source>
        <translation>Aucun GPU utilisable par ce llama.cpp : toutes les couches tournent sur le processeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planner&apos;s choice (%1)</source>
        <translation>Choix du planificateur (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A smaller file of this model would fit: %1 (needs %2).</source>
        <translation>Un fichier plus petit de ce modèle tiendrait : %1 (il faut %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use a %1 KV cache (same context)</source>
        <translation>Utiliser un cache KV %1 (même contexte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn flash attention on (same context)</source>
        <translation>Activer la flash attention (même contexte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the context to %1</source>
        <translation>Raccourcir le contexte à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run on the CPU only (no GPU layers)</source>
        <translation>Exécuter sur le processeur seul (aucune couche sur le GPU)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="+181"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/context_full.py" line="-18"/>
        <location filename="../../ui/widgets/main_window.py" line="+28"/>
        <location line="+194"/>
        <location line="+15"/>
        <source>Paddock</source>
        <translation>Paddock</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="-208"/>
        <source>Open model…</source>
        <translation>Ouvrir un modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a GGUF model file on this computer</source>
        <translation>Choisir un fichier de modèle GGUF sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message. Enter sends, Shift+Enter adds a line.</source>
        <translation>Saisissez un message. Entrée envoie, Maj+Entrée ajoute une ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling…</source>
        <translation>Échantillonnage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature, top-p and the other sampling settings of this chat</source>
        <translation>Température, top-p et les autres réglages d’échantillonnage de cette discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the last reply again; the first one is kept in the history</source>
        <translation>Réécrire la dernière réponse ; la première est conservée dans l’historique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · context %3 tokens</source>
        <translation>%1 · %2 · contexte de %3 jetons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length limit reached</source>
        <translation>limite de longueur atteinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context is full</source>
        <translation>contexte plein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln jeton</numerusform>
            <numerusform>%Ln jetons</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first token after %1 s</source>
        <translation>premier jeton après %1&#xa0;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 prompt tokens reused</source>
        <translation>%1 jetons du prompt sur %2 réutilisés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model saw the last %1 of %2 messages</source>
        <translation>le modèle a vu les %1 derniers messages sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing…</source>
        <translation>Rédaction en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready. Type a message below.</source>
        <translation>Prêt. Saisissez un message ci-dessous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a GGUF model file to start.</source>
        <translation>Ouvrez un fichier de modèle GGUF pour commencer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a GGUF model</source>
        <translation>Ouvrir un modèle GGUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The model is still loading; send your message when it is ready.</source>
        <translation>Le modèle est encore en cours de chargement ; envoyez votre message quand il sera prêt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reply is being written. Wait for it, or press Stop (Esc).</source>
        <translation>Une réponse est en cours d’écriture. Attendez-la, ou cliquez sur « Arrêter » (Échap).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded. Click &quot;Open model…&quot; and choose a GGUF file first.</source>
        <translation>Aucun modèle n’est chargé. Cliquez d’abord sur « Ouvrir un modèle… » et choisissez un fichier GGUF.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Editing a message: Enter sends the new version from there; the first one is kept.</source>
        <translation>Modification d&apos;un message : Entrée envoie la nouvelle version à partir de là ; la première est conservée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Editing your last message: Enter sends the new version; the first one is kept.</source>
        <translation>Modification de votre dernier message : Entrée envoie la nouvelle version ; la première est conservée.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Load anyway</source>
        <translation>Charger quand même</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paddock restored the most recent backup; conversations changed after it are missing.</source>
        <translation>Paddock a restauré la sauvegarde la plus récente ; les conversations modifiées depuis sont absentes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usable backup was found, so the history starts empty.</source>
        <translation>Aucune sauvegarde utilisable n&apos;a été trouvée : l&apos;historique repart de zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your conversation database was damaged.</source>
        <translation>Votre base de données de conversations était endommagée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The damaged file was kept as %1.</source>
        <translation>Le fichier endommagé a été conservé sous %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n reply(ies) were cut off when Paddock last closed; their text so far was kept.</source>
        <translation>
            <numerusform>%n réponse a été interrompue à la dernière fermeture de Paddock ; son texte a été conservé.</numerusform>
            <numerusform>%n réponses ont été interrompues à la dernière fermeture de Paddock ; leur texte a été conservé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../ui/widgets/model_manager.py" line="+109"/>
        <location line="+78"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_leaderboard.py" line="-29"/>
        <location filename="../../ui/widgets/model_manager.py" line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_manager.py" line="+0"/>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trained context</source>
        <translation>Contexte d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantize…</source>
        <translation>Quantifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again</source>
        <translation>Rechercher à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No downloads. Models &gt; Get a model… offers one that fits.</source>
        <translation>Aucun téléchargement. Modèles &gt; Obtenir un modèle… en propose un qui tient.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paddock&apos;s models folder</source>
        <translation>Dossier des modèles de Paddock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used where it is</source>
        <translation>utilisé là où il est</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The loaded model cannot be deleted; load another one first</source>
        <translation>Le modèle chargé ne peut pas être supprimé ; chargez-en d’abord un autre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an F32, F16 or BF16 model can be quantized</source>
        <translation>Seul un modèle F32, F16 ou BF16 peut être quantifié</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete %1? This frees %2 on disk.</source>
        <translation>Supprimer %1 ? Cela libère %2 sur le disque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget %1? The file stays where it is; Paddock stops listing it.</source>
        <translation>Oublier %1 ? Le fichier reste où il est ; Paddock cesse de le lister.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 deleted: %2 freed.</source>
        <translation>%1 supprimé : %2 libérés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer listed; the file was left where it is.</source>
        <translation>%1 n’est plus listé ; le fichier est resté où il est.</translation>
    </message>
</context>
<context>
    <name>ModelOpener</name>
    <message>
        <location filename="../../ui/widgets/model_opener.py" line="+34"/>
        <source>Open a GGUF model</source>
        <translation>Ouvrir un modèle GGUF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_dialog.py" line="-5"/>
        <location filename="../../ui/widgets/model_opener.py" line="+0"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../ui/widgets/model_picker.py" line="+66"/>
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-1"/>
        <location filename="../../ui/widgets/model_picker.py" line="+1"/>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_picker.py" line="+1"/>
        <source>Switch to another installed model</source>
        <translation>Passer à un autre modèle installé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an installed model…</source>
        <translation>Choisir un modèle installé…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No model installed yet</source>
        <translation>Aucun modèle installé pour l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="+31"/>
        <location filename="../../ui/widgets/model_picker.py" line="+12"/>
        <source>%1 · remote · %2</source>
        <translation>%1 · distant · %2</translation>
    </message>
</context>
<context>
    <name>ModelsMenu</name>
    <message>
        <location filename="../../ui/widgets/models_menu.py" line="+50"/>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open model file…</source>
        <translation>&amp;Ouvrir un fichier de modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get a model…</source>
        <translation>&amp;Obtenir un modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage &amp;models and downloads…</source>
        <translation>Gérer les &amp;modèles et téléchargements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look again for installed models</source>
        <translation>&amp;Rechercher à nouveau les modèles installés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <location filename="../../ui/widgets/plan_texts.py" line="+26"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>about %1 tokens/s</source>
        <translation>environ %1 jetons/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about %1 s</source>
        <translation>environ %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 min</source>
        <translation>environ %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 h</source>
        <translation>environ %1 h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on GPU</source>
        <translation>sur le GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly on GPU</source>
        <translation>en partie sur le GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in RAM</source>
        <translation>en RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not fit</source>
        <translation>ne tient pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fits: every layer runs on %1.</source>
        <translation>Tient : toutes les couches tournent sur %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits: %1 of %2 layers run on %3, the rest in RAM.</source>
        <translation>Tient : %1 couches sur %2 tournent sur %3, le reste en RAM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits in RAM (runs on the CPU).</source>
        <translation>Tient en RAM (tourne sur le processeur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit in the memory that is free now.</source>
        <translation>Ne tient pas dans la mémoire libre actuelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 billion parameters</source>
        <translation>%1 milliards de paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 million parameters</source>
        <translation>%1 millions de paramètres</translation>
    </message>
</context>
<context>
    <name>PromptPresets</name>
    <message>
        <location filename="../../ui/widgets/prompt_presets.py" line="+34"/>
        <source>Presets…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpful assistant (default)</source>
        <translation>Assistant serviable (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concise</source>
        <translation>Concis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmer</source>
        <translation>Programmeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are a helpful assistant. Answer briefly and to the point, in a few sentences at most, unless the user asks for more detail.</source>
        <translation>Tu es un assistant serviable. Réponds brièvement et précisément, en quelques phrases au plus, sauf si l&apos;utilisateur demande plus de détails.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are a translator. Translate what the user writes: into English if it is in another language, otherwise into the language the user names. Reply with the translation only.</source>
        <translation>Tu es un traducteur. Traduis ce que l&apos;utilisateur écrit : en anglais si c&apos;est dans une autre langue, sinon dans la langue que l&apos;utilisateur indique. Réponds uniquement par la traduction.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are an expert programmer. Give correct, idiomatic code in Markdown code blocks with the language named, and explain briefly what it does.</source>
        <translation>Tu es un programmeur expert. Donne du code correct et idiomatique dans des blocs de code Markdown en nommant le langage, et explique brièvement ce qu&apos;il fait.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="+38"/>
        <source>Look in:</source>
        <translation>Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Fichiers de type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Vue en liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Vue détaillée</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-21"/>
        <source>Show Details...</source>
        <translation>Montrer les détails…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Masquer les détails…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-10"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Ne pas tenir compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QuantizeDialog</name>
    <message>
        <location filename="../../ui/widgets/quantize_dialog.py" line="+100"/>
        <source>Quantize a model</source>
        <translation>Quantifier un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected size</source>
        <translation>Taille prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantize</source>
        <translation>Quantifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At a context of %1</source>
        <translation>Avec un contexte de %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 to a smaller file in the models folder: choose a quantization.</source>
        <translation>%1 vers un fichier plus petit dans le dossier des modèles : choisissez une quantification.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quantizing to %1: tensor %2 of %3</source>
        <translation>Quantification en %1 : tenseur %2 sur %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking that llama.cpp loads the result…</source>
        <translation>Vérification que llama.cpp charge le résultat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting llama.cpp&apos;s quantizer…</source>
        <translation>Démarrage du quantificateur de llama.cpp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was left behind.</source>
        <translation>Annulé ; rien n’a été laissé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the model&apos;s header…</source>
        <translation>Lecture de l&apos;en-tête du modèle…</translation>
    </message>
</context>
<context>
    <name>RemoteEndpointsDialog</name>
    <message>
        <location filename="../../ui/widgets/remote_endpoints_dialog.py" line="+77"/>
        <source>Remote backends</source>
        <translation>Serveurs distants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base URL:</source>
        <translation>URL de base :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key:</source>
        <translation>Clé d’API :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. lab</source>
        <translation>p. ex. labo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if the server asks for one</source>
        <translation>Seulement si le serveur en demande une</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any OpenAI-compatible server: llama.cpp&apos;s llama-server, vLLM, Ollama. What you send to a remote model leaves this computer.</source>
        <translation>Tout serveur compatible OpenAI : llama-server de llama.cpp, vLLM, Ollama. Ce que vous envoyez à un modèle distant quitte cet ordinateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not reachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not listed yet</source>
        <translation>pas encore listé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>models: %1</source>
        <translation>modèles : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key saved</source>
        <translation>clé enregistrée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a name and an address starting with http:// or https://.</source>
        <translation>Indiquez un nom et une adresse commençant par http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>RemoteTexts</name>
    <message>
        <location filename="../../ui/widgets/remote_texts.py" line="+11"/>
        <source>The model runs on %1: the passages found in your documents are sent there with your question and leave this computer.</source>
        <translation>Le modèle tourne sur %1 : les passages trouvés dans vos documents y sont envoyés avec votre question et quittent cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ReplyLimitBox</name>
    <message>
        <location filename="../../ui/widgets/reply_limit.py" line="+51"/>
        <source>Reply limit (tokens):</source>
        <translation>Limite de réponse (jetons) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reply stops after this many tokens; a token is about three quarters of a word.</source>
        <translation>Une réponse s’arrête après ce nombre de jetons ; un jeton vaut environ trois quarts de mot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply limit in tokens</source>
        <translation>Limite de réponse en jetons</translation>
    </message>
</context>
<context>
    <name>SamplingDialog</name>
    <message>
        <location filename="../../ui/widgets/sampling_dialog.py" line="+95"/>
        <source>Sampling settings of this chat</source>
        <translation>Réglages d’échantillonnage de cette discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System prompt (what the model reads before the conversation):</source>
        <translation>Prompt système (ce que le modèle lit avant la conversation) :</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-30"/>
        <location filename="../../ui/widgets/sampling_dialog.py" line="+1"/>
        <source>Temperature:</source>
        <translation>Température :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/sampling_dialog.py" line="+0"/>
        <source>Top-p:</source>
        <translation>Top-p :</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sampling_dialog.py" line="+0"/>
        <source>Top-k:</source>
        <translation>Top-k :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min-p:</source>
        <translation>Min-p :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat penalty:</source>
        <translation>Pénalité de répétition :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply limit (tokens):</source>
        <translation>Limite de réponse (jetons) :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower temperature: steadier, more predictable replies. The same seed and settings give the same reply. Restore Defaults sets Meta&apos;s recommended values for Llama 3.1 Instruct.</source>
        <translation>Température plus basse : réponses plus stables et prévisibles. La même graine avec les mêmes réglages donne la même réponse. « Restaurer les valeurs par défaut » applique les valeurs recommandées par Meta pour Llama 3.1 Instruct.</translation>
    </message>
</context>
<context>
    <name>SearchFilterRow</name>
    <message>
        <location filename="../../ui/widgets/search_filters.py" line="+63"/>
        <source>Any model</source>
        <translation>Tout modèle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any time</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only replies of this model</source>
        <translation>Seulement les réponses de ce modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only messages from this time on</source>
        <translation>Seulement les messages à partir de cette date</translation>
    </message>
</context>
<context>
    <name>ServeGroup</name>
    <message>
        <location filename="../../ui/widgets/serve_group.py" line="+49"/>
        <source>Local API</source>
        <translation>API locale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve the loaded model to other programs on this computer (%1)</source>
        <translation>Servir le modèle chargé aux autres programmes de cet ordinateur (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 is taken by another program (or cannot be opened): choose another port.</source>
        <translation>Le port %1 est occupé par un autre programme (ou ne peut pas être ouvert) : choisissez un autre port.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listening at %1/v1 for OpenAI-compatible programs; only programs on this computer can connect.</source>
        <translation>À l&apos;écoute sur %1/v1 pour les programmes compatibles OpenAI ; seuls les programmes de cet ordinateur peuvent s&apos;y connecter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off: Paddock opens no port.</source>
        <translation>Désactivé : Paddock n&apos;ouvre aucun port.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="+113"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models folder:</source>
        <translation>Dossier des modèles :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hub address:</source>
        <translation>Adresse du hub :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hugging Face token:</source>
        <translation>Jeton Hugging Face :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads:</source>
        <translation>Threads :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default context:</source>
        <translation>Contexte par défaut :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default KV cache:</source>
        <translation>Cache KV par défaut :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote backends…</source>
        <translation>Serveurs distants…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddock&apos;s own folder</source>
        <translation>Le dossier de Paddock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://huggingface.co, or a mirror</source>
        <translation>https://huggingface.co, ou un miroir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: %1 (type a new one to replace it)</source>
        <translation>Enregistré : %1 (tapez-en un nouveau pour le remplacer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for Meta&apos;s gated repositories</source>
        <translation>Uniquement pour les dépôts à accès restreint de Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the saved token</source>
        <translation>Oublier le jeton enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per core</source>
        <translation>Un par cœur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes apply at once; models in the previous folder stay where they are.</source>
        <translation>Les modifications s&apos;appliquent tout de suite ; les modèles du dossier précédent restent où ils sont.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Models folder</source>
        <translation>Dossier des modèles</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../ui/widgets/transcript_view.py" line="+219"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(cut off: the context is full. Start a new chat, or load the model with a longer context.)</source>
        <translation>(interrompu : le contexte est plein. Commencez une nouvelle conversation ou chargez le modèle avec un contexte plus long.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(stopped)</source>
        <translation>(arrêté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(failed)</source>
        <translation>(échec)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(cut off: Paddock closed while writing this reply)</source>
        <translation>(interrompu : Paddock s&apos;est fermé pendant l&apos;écriture de cette réponse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(still being written)</source>
        <translation>(en cours d&apos;écriture)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>(outside the context: the model did not see this message)</source>
        <translation>(hors du contexte : le modèle n’a pas vu ce message)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show %1 earlier messages</source>
        <translation>Afficher les %1 messages précédents</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, page %2</source>
        <translation>%1, page %2</translation>
    </message>
</context>
<context>
    <name>WindowShortcuts</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="+61"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new line in the message</source>
        <translation>Commencer une nouvelle ligne dans le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an empty message box: edit your last message (both versions are kept)</source>
        <translation>Dans une zone de message vide : modifier votre dernier message (les deux versions sont conservées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new chat</source>
        <translation>Commencer une nouvelle discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the last reply again</source>
        <translation>Réécrire la dernière réponse</translation>
    </message>
</context>
</TS>
