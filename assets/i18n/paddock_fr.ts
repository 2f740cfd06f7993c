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
        <location filename="../../app/hub/transfer.py" line="+331"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/arena/battle_file.py" line="+71"/>
        <source>{name}, line {line}: a battle needs model_a, model_b and winner.</source>
        <translation>{name}, ligne {line} : un duel doit indiquer model_a, model_b et winner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, line {line}: winner must be one of {winners}, not {winner}.</source>
        <translation>{name}, ligne {line} : winner doit valoir l&apos;une de ces valeurs : {winners}, et non {winner}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}, line {line}: tstamp must be a number of seconds.</source>
        <translation>{name}, ligne {line} : tstamp doit être un nombre de secondes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}, line {line}: {cause}</source>
        <translation>{name}, ligne {line} : {cause}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/store/import_files.py" line="+61"/>
        <location line="+34"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}, line {line}: not JSON ({reason}).</source>
        <translation>{name}, ligne {line} : ce n&apos;est pas du JSON ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/arena/votes.py" line="+68"/>
        <source>A vote compares at least two models.</source>
        <translation>Un vote compare au moins deux modèles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vote compares different models; the same one was given twice.</source>
        <translation>Un vote compare des modèles différents ; le même a été indiqué deux fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the winning pane exactly when the outcome is a win.</source>
        <translation>Indiquez le volet gagnant si et seulement si le résultat est une victoire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no pane {pane} in a vote between {count} models.</source>
        <translation>Il n&apos;y a pas de volet {pane} dans un vote entre {count} modèles.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/embedding_entries.py" line="+97"/>
        <location filename="../../app/catalog/entries.py" line="+264"/>
        <source>{where}: unknown family {family}.</source>
        <translation>{where} : famille inconnue {family}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/catalog/entries.py" line="+9"/>
        <source>{where}: hf_repo must be &apos;owner/name&apos;, got {repo}.</source>
        <translation>{where} : hf_repo doit être de la forme &apos;owner/name&apos;, mais vaut {repo}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}.architecture: pooling must be one of {poolings}.</source>
        <translation>{where}.architecture : pooling doit prendre l&apos;une de ces valeurs : {poolings}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}.architecture: n_embd ({n_embd}) is not a multiple of n_head ({n_head}).</source>
        <translation>{where}.architecture : n_embd ({n_embd}) n&apos;est pas un multiple de n_head ({n_head}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: an embedding model needs at least one GGUF download (it is not made locally).</source>
        <translation>{where} : un modèle d&apos;embedding doit avoir au moins un téléchargement GGUF (il n&apos;est pas créé localement).</translation>
    </message>
    <message>
        <location filename="../../app/catalog/entries.py" line="-188"/>
        <source>Unknown embedding model {model_id}. Known embedding models: {known}.</source>
        <translation>Modèle d&apos;embedding inconnu : {model_id}. Modèles d&apos;embedding connus : {known}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown model {model_id}. Known models: {known}.</source>
        <translation>Modèle inconnu : {model_id}. Modèles connus : {known}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where}: expected a mapping, got {type}.</source>
        <translation>{where} : un dictionnaire (mapping) était attendu, mais {type} a été trouvé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: missing field(s) {fields}.</source>
        <translation>{where} : champ(s) manquant(s) : {fields}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: unknown field(s) {fields}.</source>
        <translation>{where} : champ(s) inconnu(s) : {fields}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: field {key} must be {type}, got {value}.</source>
        <translation>{where} : le champ {key} doit être de type {type}, mais vaut {value}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{where}: {problems}.</source>
        <translation>{where} : {problems}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: n_head x head_dim ({n_head} x {head_dim}) != n_embd ({n_embd}); every Llama 3 model has n_embd = n_head x head_dim.</source>
        <translation>{where} : n_head x head_dim ({n_head} x {head_dim}) != n_embd ({n_embd}) ; dans tout modèle Llama 3, n_embd = n_head x head_dim.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path}: name the first part of a split model (-00001-of-...).</source>
        <translation>{path} : indiquez la première partie d&apos;un modèle divisé (-00001-of-...).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: gguf must be a list of repositories.</source>
        <translation>{where} : gguf doit être une liste de dépôts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+39"/>
        <source>{where}: unknown quantization {quant}; known: {known}.</source>
        <translation>{where} : quantification inconnue {quant} ; quantifications connues : {known}.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{where}: {quant} has a file but is not offered (quantizations).</source>
        <translation>{where} : {quant} a un fichier, mais n&apos;est pas proposée (quantizations).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {quant} file must be a .gguf path, got {path}.</source>
        <translation>{where} : le fichier {quant} doit être un chemin .gguf, mais vaut {path}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The catalog has no families (licences).</source>
        <translation>Le catalogue ne contient aucune famille (licences).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{source}: schema {schema} is not supported (expected {expected}).</source>
        <translation>{source} : le schéma {schema} n&apos;est pas pris en charge ({expected} attendu).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{where}: kind must be embedding (or left out for a Llama).</source>
        <translation>{where} : kind doit valoir embedding (ou être omis pour un Llama).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>{where}: duplicate id {id}.</source>
        <translation>{where} : identifiant {id} en double.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: purpose must be one of {purposes}.</source>
        <translation>{where} : purpose doit prendre l&apos;une de ces valeurs : {purposes}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{source}: no models.</source>
        <translation>{source} : aucun modèle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The model catalog {path} cannot be read: {reason}</source>
        <translation>Le catalogue de modèles {path} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/documents/collections.py" line="+38"/>
        <source>There is no document collection named {name}.</source>
        <translation>Il n&apos;existe aucune collection de documents nommée {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A document collection needs a name.</source>
        <translation>Une collection de documents doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>These were not added to {collection} as such: {paths} (see `paddock-cli docs list {name}`).</source>
        <translation>Ces éléments n&apos;ont pas été ajoutés tels quels à {collection} : {paths} (voir `paddock-cli docs list {name}`).</translation>
    </message>
    <message>
        <location filename="../../app/documents/docx_reader.py" line="+24"/>
        <source>not a readable Word document ({reason})</source>
        <translation>document Word illisible ({reason})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the document has no text</source>
        <translation>le document ne contient pas de texte</translation>
    </message>
    <message>
        <location filename="../../app/documents/extract.py" line="+43"/>
        <source>old Word format (.doc): save it as .docx</source>
        <translation>ancien format Word (.doc) : enregistrez-le au format .docx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument text is not read yet: save it as .docx</source>
        <translation>le texte OpenDocument n&apos;est pas encore lu : enregistrez-le au format .docx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RTF is not read: save it as .docx</source>
        <translation>le RTF n&apos;est pas lu : enregistrez-le au format .docx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image (text recognition is not done)</source>
        <translation>une image (la reconnaissance de texte n&apos;est pas effectuée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported file type (no extension)</source>
        <translation>type de fichier non pris en charge (pas d&apos;extension)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported file type ({suffix})</source>
        <translation>type de fichier non pris en charge ({suffix})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>damaged or malformed ({error}: {reason})</source>
        <translation>endommagé ou mal formé ({error} : {reason})</translation>
    </message>
    <message>
        <location filename="../../app/documents/html_reader.py" line="+65"/>
        <source>the page has no text</source>
        <translation>la page ne contient pas de texte</translation>
    </message>
    <message>
        <location filename="../../app/documents/pdf_reader.py" line="+25"/>
        <source>not a readable PDF ({reason})</source>
        <translation>PDF illisible ({reason})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>page {page} cannot be read ({reason})</source>
        <translation>la page {page} est illisible ({reason})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>scanned, no text layer (text recognition is not done)</source>
        <translation>numérisé, sans couche de texte (la reconnaissance de texte n&apos;est pas effectuée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no text on page(s) {pages}</source>
        <translation>pas de texte sur la ou les pages {pages}</translation>
    </message>
    <message>
        <location filename="../../app/documents/schema.py" line="+160"/>
        <source>The documents database {path} was written by a newer version of Paddock (it has changes this version does not know: {changes}). Update Paddock to open it. The file was left unchanged.</source>
        <translation>La base de données des documents {path} a été écrite par une version plus récente de Paddock (elle contient des changements que cette version ne connaît pas : {changes}). Mettez Paddock à jour pour l&apos;ouvrir. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/documents/text_readers.py" line="+62"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../app/engine/chat_template.py" line="+79"/>
        <source>The model&apos;s chat template cannot be compiled: {reason}</source>
        <translation>Le gabarit de conversation du modèle ne peut pas être compilé : {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model&apos;s chat template tried an unsafe operation and was stopped: {reason}. The file may be malicious; Paddock will not use it.</source>
        <translation>Le gabarit de conversation du modèle a tenté une opération dangereuse et a été arrêté : {reason}. Le fichier est peut-être malveillant ; Paddock ne l&apos;utilisera pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model&apos;s chat template failed: {reason}</source>
        <translation>Le gabarit de conversation du modèle a échoué : {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model&apos;s chat template failed: {error_type}: {reason}</source>
        <translation>Le gabarit de conversation du modèle a échoué : {error_type} : {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model&apos;s chat template produced an impossibly long prompt.</source>
        <translation>Le gabarit de conversation du modèle a produit un prompt d&apos;une longueur impossible.</translation>
    </message>
    <message>
        <location filename="../../app/engine/client.py" line="+69"/>
        <source>The model&apos;s worker process</source>
        <translation>Le processus de travail du modèle</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{exit} The reply streamed so far was kept.</source>
        <translation>{exit} La partie de la réponse déjà reçue a été conservée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location filename="../../app/engine/worker.py" line="+38"/>
        <source>No model is loaded. Load a GGUF model first.</source>
        <translation>Aucun modèle n&apos;est chargé. Chargez d&apos;abord un modèle GGUF.</translation>
    </message>
    <message>
        <location filename="../../app/engine/llama_backend.py" line="+95"/>
        <source>This version of llama.cpp (llama-cpp-python {version}) cannot run {name}: {reason}</source>
        <translation>Cette version de llama.cpp (llama-cpp-python {version}) ne peut pas exécuter {name} : {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>llama.cpp could not create a {n_ctx:,}-token context for {name} (often not enough memory; try a shorter context or a q8_0 KV cache): {reason}</source>
        <translation>llama.cpp n&apos;a pas pu créer un contexte de {n_ctx:,} jetons pour {name} (souvent par manque de mémoire ; essayez un contexte plus court ou un cache KV q8_0) : {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+274"/>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp n&apos;a pas pu charger {name} : {reason}</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>llama.cpp failed while reading the prompt: {reason}</source>
        <translation>llama.cpp a échoué pendant la lecture du prompt : {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>llama.cpp failed while generating: {reason}</source>
        <translation>llama.cpp a échoué pendant la génération : {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>llama.cpp could not parse the grammar for this reply.</source>
        <translation>llama.cpp n&apos;a pas pu analyser la grammaire de cette réponse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <source>llama.cpp could not embed the text: {reason}</source>
        <translation>llama.cpp n&apos;a pas pu calculer les embeddings du texte : {reason}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This JSON schema cannot be turned into a grammar: {reason}</source>
        <translation>Ce schéma JSON ne peut pas être converti en grammaire : {reason}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>llama.cpp failed to evaluate {count} tokens: {reason}</source>
        <translation>llama.cpp n&apos;a pas pu évaluer {count} jetons : {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>llama.cpp loaded {name} but could not tokenize text: {reason}</source>
        <translation>llama.cpp a chargé {name}, mais n&apos;a pas pu tokeniser de texte : {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>llama.cpp loaded {name} but tokenized text to nothing.</source>
        <translation>llama.cpp a chargé {name}, mais la tokenisation d&apos;un texte n&apos;a donné aucun jeton.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown quantization {quant_type!r}; known: {known}.</source>
        <translation>Quantification inconnue {quant_type!r} ; connues : {known}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>llama.cpp could not quantize {name} to {quant_type}: code {code}</source>
        <translation>llama.cpp n&apos;a pas pu quantifier {name} en {quant_type} : code {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>llama.cpp could not quantize {name} to {quant_type}: {reason}</source>
        <translation>llama.cpp n&apos;a pas pu quantifier {name} en {quant_type} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/engine/loaded_model.py" line="+48"/>
        <source>{name} has no chat template (tokenizer.chat_template); Paddock needs an instruct model with its template.</source>
        <translation>{name} n&apos;a pas de gabarit de conversation (tokenizer.chat_template) ; Paddock a besoin d&apos;un modèle instruct avec son gabarit.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} has no chat template: it was loaded for embeddings only.</source>
        <translation>{name} n&apos;a pas de gabarit de conversation : il a été chargé uniquement pour les embeddings.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This model was not loaded for embeddings; load it with embeddings on.</source>
        <translation>Ce modèle n&apos;a pas été chargé pour les embeddings ; chargez-le avec les embeddings activés.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The conversation needs {tokens:,} tokens but the context holds {n_ctx:,}. Start a new conversation, remove messages, or load the model with a longer context.</source>
        <translation>La conversation nécessite {tokens:,} jetons, mais le contexte n&apos;en contient que {n_ctx:,}. Commencez une nouvelle conversation, supprimez des messages ou chargez le modèle avec un contexte plus long.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The prompt needs {tokens:,} tokens but the context holds {n_ctx:,}. Shorten the prompt, or load the model with a longer context.</source>
        <translation>Le prompt nécessite {tokens:,} jetons, mais le contexte n&apos;en contient que {n_ctx:,}. Raccourcissez le prompt ou chargez le modèle avec un contexte plus long.</translation>
    </message>
    <message>
        <location filename="../../app/engine/preflight.py" line="+28"/>
        <source>Open the first part of a split model: {name}</source>
        <translation>Ouvrez la première partie d&apos;un modèle découpé : {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This model is split into {parts} files and {missing} are missing: {names}</source>
        <translation>Ce modèle est découpé en {parts} fichiers et {missing} sont manquants : {names}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} was trained for a context of {trained:,} tokens; {n_ctx:,} were asked for. Choose {trained:,} or less.</source>
        <translation>{name} a été entraîné pour un contexte de {trained:,} jetons ; {n_ctx:,} ont été demandés. Choisissez {trained:,} ou moins.</translation>
    </message>
    <message>
        <location filename="../../app/engine/settings.py" line="+42"/>
        <source>Unknown KV cache type {kv_cache_type!r}; use one of {known}.</source>
        <translation>Type de cache KV inconnu {kv_cache_type!r} ; utilisez l&apos;un des suivants : {known}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A context of {n_ctx} tokens is too small (minimum 16).</source>
        <translation>Un contexte de {n_ctx} jetons est trop petit (minimum 16).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads and batch sizes must be at least 1.</source>
        <translation>Le nombre de threads et les tailles de lot doivent être d&apos;au moins 1.</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert.py" line="+131"/>
        <source>The checkpoint is missing {count} weight(s): {names} (config.json says tie_word_embeddings is false).</source>
        <translation>Il manque des poids dans le checkpoint ({count}) : {names} (config.json indique que tie_word_embeddings vaut false).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checkpoint is missing {count} weight(s): {names}.</source>
        <translation>Il manque des poids dans le checkpoint ({count}) : {names}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The checkpoint has weights a plain Llama does not: {names}. Is it a LlamaForCausalLM checkpoint?</source>
        <translation>Le checkpoint contient des poids qu&apos;un Llama ordinaire n&apos;a pas : {names}. S&apos;agit-il bien d&apos;un checkpoint LlamaForCausalLM ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weight {weight} has shape {shape} but config.json implies {expected}.</source>
        <translation>Le poids {weight} a la forme {shape}, alors que config.json implique {expected}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight {weight} is stored as {dtype}; Paddock converts F32, F16 and BF16 checkpoints, not pre-quantized ones.</source>
        <translation>Le poids {weight} est stocké en {dtype} ; Paddock convertit les checkpoints F32, F16 et BF16, pas ceux déjà quantifiés.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Not enough disk space for {name}: it needs about {needed_gb:.1f} GB and {folder} has {free_gb:.1f} GB free.</source>
        <translation>Pas assez d&apos;espace disque pour {name} : il faut environ {needed_gb:.1f} Go et {folder} n&apos;a que {free_gb:.1f} Go libres.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{cause} (llama-cpp-python {version})</source>
        <translation>{cause} (llama-cpp-python {version})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The load check</source>
        <translation>La vérification du chargement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The converted {name} does not load in llama.cpp, so it was deleted. {cause}</source>
        <translation>Le fichier converti {name} ne se charge pas dans llama.cpp ; il a donc été supprimé. {cause}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown output type {out_type}; choose one of {choices}.</source>
        <translation>Type de sortie inconnu : {out_type} ; choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The checkpoint folder does not exist: {folder}</source>
        <translation>Le dossier du checkpoint n&apos;existe pas : {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/hub/quantize.py" line="+185"/>
        <source>{path} already exists; choose another name or allow overwriting.</source>
        <translation>{path} existe déjà ; choisissez un autre nom ou autorisez l&apos;écrasement.</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert_config.py" line="+31"/>
        <source>config.json is missing from {folder}; it is not a Hugging Face checkpoint folder.</source>
        <translation>config.json est absent de {folder} ; ce n&apos;est pas un dossier de checkpoint Hugging Face.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/hub/convert_tokenizer.py" line="+83"/>
        <location filename="../../app/hub/safetensors_reader.py" line="+120"/>
        <source>{name} in {folder} cannot be read ({reason}).</source>
        <translation>{name} dans {folder} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>config.json in {folder} is not a JSON object.</source>
        <translation>config.json dans {folder} n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This checkpoint is not a Llama: architectures={archs}. Paddock converts {supported} checkpoints.</source>
        <translation>Ce checkpoint n&apos;est pas un Llama : architectures={archs}. Paddock convertit les checkpoints {supported}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This checkpoint is not a Llama: config.json has no architectures and model_type={model_type}.</source>
        <translation>Ce checkpoint n&apos;est pas un Llama : config.json n&apos;a pas de clé architectures et model_type={model_type}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} lacks the key {key}, which a Llama checkpoint must have.</source>
        <translation>{where} n&apos;a pas la clé {key}, obligatoire pour un checkpoint Llama.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} has {key}={value}; a whole number is needed.</source>
        <translation>{where} contient {key}={value} ; un nombre entier est requis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} has {key}={value}; a number is needed.</source>
        <translation>{where} contient {key}={value} ; un nombre est requis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} has {key}={value}; it must be positive.</source>
        <translation>{where} contient {key}={value} ; la valeur doit être positive.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>config.json has a rope_scaling that is not an object: {value}.</source>
        <translation>config.json contient un rope_scaling qui n&apos;est pas un objet : {value}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where} has high_freq_factor &lt;= low_freq_factor.</source>
        <translation>{where} contient high_freq_factor &lt;= low_freq_factor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>config.json asks for {rope_type} rope scaling; Paddock converts Llama checkpoints with no, linear or llama3 rope scaling.</source>
        <translation>config.json demande une mise à l&apos;échelle RoPE {rope_type} ; Paddock convertit les checkpoints Llama sans mise à l&apos;échelle RoPE, ou avec une mise à l&apos;échelle linear ou llama3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>config.json has num_attention_heads={n_head}, not a multiple of num_key_value_heads={n_kv_head}.</source>
        <translation>config.json contient num_attention_heads={n_head}, qui n&apos;est pas un multiple de num_key_value_heads={n_kv_head}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>config.json gives an odd head dimension ({head_dim}); rotary embeddings need an even one.</source>
        <translation>config.json indique une dimension de tête impaire ({head_dim}) ; les embeddings rotatifs exigent une dimension paire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config.json has hidden_act={act}; Llama uses &apos;silu&apos;.</source>
        <translation>config.json contient hidden_act={act} ; Llama utilise &apos;silu&apos;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>config.json describes a Llama llama.cpp cannot run: {problems}.</source>
        <translation>config.json décrit un Llama que llama.cpp ne peut pas exécuter : {problems}.</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert_tokenizer.py" line="-8"/>
        <source>{name} is missing from {folder}; it holds the tokenizer.</source>
        <translation>{name} est absent de {folder} ; ce fichier contient le tokenizer.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>tokenizer.json holds a tokenizer of unknown type; Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json contient un tokenizer de type inconnu ; Paddock convertit les tokenizers BPE au niveau des octets (Llama 3 et versions ultérieures).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tokenizer.json holds a {type} tokenizer; Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json contient un tokenizer {type} ; Paddock convertit les tokenizers BPE au niveau des octets (Llama 3 et versions ultérieures).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tokenizer.json is a BPE tokenizer but not a byte-level one (e.g. Llama 2&apos;s SentencePiece tokenizer); Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json est un tokenizer BPE, mais pas au niveau des octets (par exemple le tokenizer SentencePiece de Llama 2) ; Paddock convertit les tokenizers BPE au niveau des octets (Llama 3 et versions ultérieures).</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>tokenizer.json has an empty vocabulary.</source>
        <translation>tokenizer.json a un vocabulaire vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tokenizer.json has token id {token_id} but config.json says vocab_size={vocab_size}.</source>
        <translation>tokenizer.json contient l&apos;identifiant de token {token_id}, mais config.json indique vocab_size={vocab_size}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>tokenizer_config.json names {key} {token}, which is not in the vocabulary.</source>
        <translation>tokenizer_config.json désigne {token} comme {key}, mais il ne figure pas dans le vocabulaire.</translation>
    </message>
    <message>
        <location filename="../../app/hub/download.py" line="+98"/>
        <source>&apos;{name}&apos; is not a file name inside a repository.</source>
        <translation>&apos;{name}&apos; n&apos;est pas un nom de fichier à l&apos;intérieur d&apos;un dépôt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The disk holding {folder} is full: {reason}. Free some space and try again.</source>
        <translation>Le disque contenant {folder} est plein : {reason}. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write into the models folder {folder}: {reason}</source>
        <translation>Impossible d&apos;écrire dans le dossier des modèles {folder} : {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is already being downloaded by another Paddock window or paddock-cli. Wait for it to finish, or stop it first.</source>
        <translation>{name} est déjà en cours de téléchargement dans une autre fenêtre de Paddock ou par paddock-cli. Attendez la fin du téléchargement ou arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A different file already exists at {path}. Delete it (paddock-cli models delete) or download into another folder.</source>
        <translation>Un autre fichier existe déjà à l&apos;emplacement {path}. Supprimez-le (paddock-cli models delete) ou téléchargez dans un autre dossier.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not enough disk space in {folder}: this download needs {need} more (and Paddock leaves {reserve} free), but only {free} is free. Free some space or choose another models folder.</source>
        <translation>Pas assez d&apos;espace disque dans {folder} : ce téléchargement a besoin de {need} de plus (et Paddock laisse {reserve} libres), mais seuls {free} sont libres. Libérez de l&apos;espace ou choisissez un autre dossier de modèles.</translation>
    </message>
    <message>
        <location filename="../../app/hub/hub_api.py" line="+55"/>
        <source>The hub address &apos;{endpoint}&apos; is not a web address; use e.g. {default} or a mirror&apos;s https:// address.</source>
        <translation>L&apos;adresse du hub &apos;{endpoint}&apos; n&apos;est pas une adresse web ; utilisez par exemple {default} ou l&apos;adresse https:// d&apos;un miroir.</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+101"/>
        <source>{repo_id} (revision {revision}) has no file &apos;{name}&apos;.</source>
        <translation>{repo_id} (révision {revision}) ne contient aucun fichier &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>{cause} The repository has no .gguf files at {revision}.</source>
        <translation>{cause} Le dépôt ne contient aucun fichier .gguf à la révision {revision}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cause} GGUF files there: {names} and {more} more.</source>
        <translation>{cause} Fichiers GGUF disponibles : {names} et {more} autres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cause} GGUF files there: {names}.</source>
        <translation>{cause} Fichiers GGUF disponibles : {names}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your Hugging Face token works, but this account has no access to {repo_id} yet. Open {page}, accept the license and request access; downloading works once the request is approved (the page shows its status). If access was already granted, check that the token may read gated repositories (fine-grained tokens need &apos;Read access to contents of all public gated repos you can access&apos;).</source>
        <translation>Votre jeton Hugging Face fonctionne, mais ce compte n&apos;a pas encore accès à {repo_id}. Ouvrez {page}, acceptez la licence et demandez l&apos;accès ; le téléchargement fonctionnera dès que la demande sera approuvée (la page en indique l&apos;état). Si l&apos;accès a déjà été accordé, vérifiez que le jeton peut lire les dépôts soumis à autorisation (les jetons à granularité fine ont besoin de &apos;Read access to contents of all public gated repos you can access&apos;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{repo_id} is a gated model: its authors ask everyone to accept their license first. 1) Open {page} while logged in to Hugging Face and accept the license. 2) Create a token with read access at {tokens_page}. 3) Enter it in Paddock&apos;s settings (Hugging Face token) or set the HF_TOKEN environment variable (paddock-cli also takes --token).</source>
        <translation>{repo_id} est un modèle soumis à autorisation : ses auteurs demandent à chacun d&apos;accepter d&apos;abord leur licence. 1) Ouvrez {page} en étant connecté à Hugging Face et acceptez la licence. 2) Créez un jeton avec accès en lecture sur {tokens_page}. 3) Saisissez-le dans les paramètres de Paddock (jeton Hugging Face) ou définissez la variable d&apos;environnement HF_TOKEN (paddock-cli accepte aussi --token).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{repo_id} has no branch, tag or commit named &apos;{revision}&apos;.</source>
        <translation>{repo_id} n&apos;a aucune branche, aucun tag ni aucun commit nommé &apos;{revision}&apos;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub has disabled access to {repo_id}.</source>
        <translation>Le hub a désactivé l&apos;accès à {repo_id}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no model &apos;{repo_id}&apos; on {endpoint}, or it is private. Check the name (e.g. meta-llama/Llama-3.2-1B-Instruct); a private repository needs a token that can read it.</source>
        <translation>Il n&apos;existe aucun modèle &apos;{repo_id}&apos; sur {endpoint}, ou il est privé. Vérifiez le nom (par exemple meta-llama/Llama-3.2-1B-Instruct) ; un dépôt privé nécessite un jeton autorisé à le lire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{repo_id}&apos; is not a valid repository name ({reason}). Use owner/name.</source>
        <translation>&apos;{repo_id}&apos; n&apos;est pas un nom de dépôt valide ({reason}). Utilisez la forme propriétaire/nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hugging Face offline mode is on (HF_HUB_OFFLINE is set); unset it to download models.</source>
        <translation>Le mode hors ligne de Hugging Face est activé (HF_HUB_OFFLINE est défini) ; supprimez cette variable pour télécharger des modèles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not reach {endpoint}: {reason}. Check the internet connection, a proxy, or the hub address (mirror) in the settings.</source>
        <translation>Impossible de joindre {endpoint} : {reason}. Vérifiez la connexion Internet, un éventuel proxy ou l&apos;adresse du hub (miroir) dans les paramètres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The hub refused the Hugging Face token (invalid, expired or revoked). Create a new one at {tokens_page} and enter it in the settings or HF_TOKEN.</source>
        <translation>Le hub a refusé le jeton Hugging Face (non valide, expiré ou révoqué). Créez-en un nouveau sur {tokens_page} et saisissez-le dans les paramètres ou dans HF_TOKEN.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The hub refused access to {repo_id} ({status}). If it is gated or private, accept its license at {page} and use a token with read access ({tokens_page}).</source>
        <translation>Le hub a refusé l&apos;accès à {repo_id} ({status}). S&apos;il est soumis à autorisation ou privé, acceptez sa licence sur {page} et utilisez un jeton avec accès en lecture ({tokens_page}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The hub is limiting requests from this address (429). Wait a few minutes and try again.</source>
        <translation>Le hub limite les requêtes venant de cette adresse (429). Patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hub at {endpoint} answered with error {status}; it may be busy or down. Try again in a few minutes.</source>
        <translation>Le hub à l&apos;adresse {endpoint} a répondu par l&apos;erreur {status} ; il est peut-être surchargé ou hors service. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hub refused the request ({status}): {reason}</source>
        <translation>Le hub a refusé la requête ({status}) : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/installed.py" line="+83"/>
        <source>{missing} of its {total} parts are missing: {names}</source>
        <translation>{missing} de ses {total} parties manquent : {names}</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>{name} belongs to another app ({source}); delete it there. Paddock deletes only models in its own models folder.</source>
        <translation>{name} appartient à une autre application ({source}) ; supprimez-le depuis celle-ci. Paddock ne supprime que les modèles de son propre dossier de modèles.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is not inside the models folder {folder}.</source>
        <translation>{path} ne se trouve pas dans le dossier des modèles {folder}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{path} cannot be used: {cause}</source>
        <translation>{path} ne peut pas être utilisé : {cause}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} already exists; choose another name or delete it first.</source>
        <translation>{path} existe déjà ; choisissez un autre nom ou supprimez d&apos;abord ce fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough disk space to copy {name} ({size}); {free} is free. Free some space, or reference the file where it is instead.</source>
        <translation>Pas assez d&apos;espace disque pour copier {name} ({size}) ; {free} sont libres. Libérez de l&apos;espace, ou référencez plutôt le fichier là où il se trouve.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not copy {name}: {reason}</source>
        <translation>Impossible de copier {name} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/quantize.py" line="-131"/>
        <source>Unknown or unsupported quantization &apos;{quant_type}&apos;; choose one of {choices}.</source>
        <translation>Quantification inconnue ou non prise en charge &apos;{quant_type}&apos; ; choisissez parmi {choices}.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>{name} is already quantized ({types} tensors). Quantizing it again loses more quality than quantizing its F16/BF16 original; allow re-quantizing to do it anyway.</source>
        <translation>{name} est déjà quantifié (tenseurs {types}). Le quantifier à nouveau fait perdre plus de qualité que quantifier son original F16/BF16 ; autorisez la requantification pour le faire quand même.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quantized model must be written to a new file, not over its source.</source>
        <translation>Le modèle quantifié doit être écrit dans un nouveau fichier, et non par-dessus sa source.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The quantization process</source>
        <translation>Le processus de quantification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>llama.cpp wrote a {file_type} file, not {quant_type}.</source>
        <translation>llama.cpp a écrit un fichier {file_type}, et non {quant_type}.</translation>
    </message>
    <message>
        <location filename="../../app/hub/safetensors_reader.py" line="-64"/>
        <source>{name} is not a valid safetensors file (the file is shorter than a safetensors header).</source>
        <translation>{name} n&apos;est pas un fichier safetensors valide (le fichier est plus court qu&apos;un en-tête safetensors).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a valid safetensors file (header length {length:,} does not fit the file).</source>
        <translation>{name} n&apos;est pas un fichier safetensors valide (la longueur d&apos;en-tête {length:,} ne correspond pas au fichier).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read {path}: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a valid safetensors file ({reason}).</source>
        <translation>{name} n&apos;est pas un fichier safetensors valide ({reason}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file}: the header entry for {tensor} is damaged ({reason}).</source>
        <translation>{file} : l&apos;entrée d&apos;en-tête de {tensor} est endommagée ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is truncated: tensor {tensor} needs bytes up to {end:,} but the file holds {size:,}. The download did not finish; fetch it again.</source>
        <translation>{file} est tronqué : le tenseur {tensor} a besoin des octets jusqu&apos;à {end:,}, mais le fichier n&apos;en contient que {size:,}. Le téléchargement n&apos;est pas allé jusqu&apos;au bout ; téléchargez de nouveau le fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: tensor {tensor} has {size:,} bytes, not what {dtype}{shape} needs.</source>
        <translation>{file} : le tenseur {tensor} fait {size:,} octets, ce qui ne correspond pas à ce qu&apos;exige {dtype}{shape}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{folder} is missing weight shard(s) listed in {index}: {shards}.</source>
        <translation>Il manque dans {folder} des fragments de poids listés dans {index} : {shards}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No safetensors weights (*.safetensors) were found in {folder} (PyTorch .pth/.bin weights were found: Paddock converts the Hugging Face safetensors format).</source>
        <translation>Aucun poids safetensors (*.safetensors) n&apos;a été trouvé dans {folder} (des poids PyTorch .pth/.bin ont été trouvés : Paddock convertit le format safetensors de Hugging Face).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No safetensors weights (*.safetensors) were found in {folder}.</source>
        <translation>Aucun poids safetensors (*.safetensors) n&apos;a été trouvé dans {folder}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{index} lists weights that are not in their shard: {weights}.</source>
        <translation>{index} liste des poids absents de leur fragment : {weights}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tensor {tensor} is stored as {dtype}; Paddock converts F32, F16 and BF16 checkpoints (not pre-quantized ones).</source>
        <translation>Le tenseur {tensor} est stocké en {dtype} ; Paddock convertit les checkpoints F32, F16 et BF16 (pas ceux déjà quantifiés).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file} ended while reading {tensor}.</source>
        <translation>{file} s&apos;est terminé pendant la lecture de {tensor}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read {tensor} from {path}: {reason}</source>
        <translation>Impossible de lire {tensor} depuis {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/transfer.py" line="-141"/>
        <source>Cannot download {url}: {reason}</source>
        <translation>Impossible de télécharger {url} : {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The download of {name} failed {failures} times in a row ({reason}). The {have:,} bytes received are kept; start the download again to resume.</source>
        <translation>Le téléchargement de {name} a échoué {failures} fois de suite ({reason}). Les {have:,} octets reçus sont conservés ; relancez le téléchargement pour le reprendre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub sent {name} round in redirect circles: {reason}</source>
        <translation>Le hub a fait tourner {name} en boucle de redirections : {reason}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The download server refused {name} ({status}).</source>
        <translation>Le serveur de téléchargement a refusé {name} ({status}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sent another part of {name} than asked for ({content_range} for bytes {have}-): the file on the hub may have changed. Nothing was installed; try again.</source>
        <translation>Le serveur a envoyé une autre partie de {name} que celle demandée ({content_range} pour les octets {have}-) : le fichier a peut-être changé sur le hub. Rien n&apos;a été installé ; réessayez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sends {length:,} bytes for {name} but the hub lists {size:,}. Nothing was installed; try again later.</source>
        <translation>Le serveur envoie {length:,} octets pour {name}, mais le hub en indique {size:,}. Rien n&apos;a été installé ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sent more than the {size:,} bytes the hub lists for {name}. Nothing was installed; try again.</source>
        <translation>Le serveur a envoyé plus que les {size:,} octets indiqués par le hub pour {name}. Rien n&apos;a été installé ; réessayez.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The disk is full (or the largest file size allowed was reached) while writing {name}: {reason}. The {have:,} bytes downloaded so far are kept; free some space and start the download again to resume.</source>
        <translation>Le disque est plein (ou la taille de fichier maximale autorisée a été atteinte) pendant l&apos;écriture de {name} : {reason}. Les {have:,} octets téléchargés jusqu&apos;ici sont conservés ; libérez de l&apos;espace et relancez le téléchargement pour le reprendre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing more could be written to {path}; the disk may be full.</source>
        <translation>Plus rien n&apos;a pu être écrit dans {path} ; le disque est peut-être plein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} has {have:,} bytes, the hub lists {size:,}.</source>
        <translation>{name} fait {have:,} octets, le hub en indique {size:,}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} failed verification: its {checksum} is {got}, the hub says {want}. The damaged download was deleted and nothing was installed; download it again (if this keeps happening, the mirror may serve a broken copy).</source>
        <translation>{name} n&apos;a pas passé la vérification : son {checksum} est {got}, le hub indique {want}. Le téléchargement endommagé a été supprimé et rien n&apos;a été installé ; téléchargez-le à nouveau (si cela se reproduit, le miroir fournit peut-être une copie défectueuse).</translation>
    </message>
    <message>
        <location filename="../../app/jobs/child_process.py" line="+88"/>
        <source>{exit} Last messages in its log:
{log_tail}</source>
        <translation>{exit} Derniers messages de son journal :
{log_tail}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} stopped answering.</source>
        <translation>{what} ne répond plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} was killed ({signal}); the system may have run out of memory.</source>
        <translation>{what} a pris fin brutalement ({signal}) ; le système a peut-être manqué de mémoire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} was stopped ({signal}).</source>
        <translation>{what} a pris fin sur demande ({signal}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} crashed ({signal}).</source>
        <translation>{what} a planté ({signal}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} exited with code {code}.</source>
        <translation>{what} a pris fin avec le code {code}.</translation>
    </message>
    <message>
        <location filename="../../app/llama/header_check.py" line="+74"/>
        <source>{name} has a damaged Llama header: {problems} (and {more} more). Download or convert the model again.</source>
        <translation>{name} a un en-tête Llama endommagé : {problems} (et {more} autres). Téléchargez ou convertissez à nouveau le modèle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} has a damaged Llama header: {problems}. Download or convert the model again.</source>
        <translation>{name} a un en-tête Llama endommagé : {problems}. Téléchargez ou convertissez à nouveau le modèle.</translation>
    </message>
    <message>
        <location filename="../../app/planner/fit_check.py" line="+61"/>
        <source>a {kv_type} KV cache (same context)</source>
        <translation>un cache KV {kv_type} (même contexte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flash attention on (same context)</source>
        <translation>flash attention activée (même contexte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a context of {n_ctx:,} tokens</source>
        <translation>un contexte de {n_ctx:,} tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no GPU layers (the model fits in RAM)</source>
        <translation>aucune couche sur le GPU (le modèle tient en RAM)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the {quant} quantization (needs {gib:.1f} GiB)</source>
        <translation>la quantification {quant} (nécessite {gib:.1f} GiB)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing smaller of this model fits either; free memory or choose a smaller model.</source>
        <translation>Aucune version plus petite de ce modèle ne tient non plus ; libérez de la mémoire ou choisissez un modèle plus petit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}.</source>
        <translation>Ce qui tiendrait en mémoire : {first}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would fit: {first}; or {second}.</source>
        <translation>Ce qui tiendrait en mémoire : {first} ; ou {second}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}; or {second}; or {third}.</source>
        <translation>Ce qui tiendrait en mémoire : {first} ; ou {second} ; ou {third}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What would fit: {first}; or {second}; or {third}; or {fourth}.</source>
        <translation>Ce qui tiendrait en mémoire : {first} ; ou {second} ; ou {third} ; ou {fourth}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}; or {second}; or {third}; or {fourth}; or {fifth}.</source>
        <translation>Ce qui tiendrait en mémoire : {first} ; ou {second} ; ou {third} ; ou {fourth} ; ou {fifth}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} with a {n_ctx:,}-token context and the {kv_type} KV cache needs {ram_needed:.2f} GiB of RAM and {vram_needed:.2f} GiB of VRAM, but only {ram_budget:.2f} GiB can be used ({ram_available:.2f} GiB available minus {ram_headroom:.2f} GiB headroom); {vram_budget:.2f} GiB of VRAM can be used. {instead}</source>
        <translation>{name}, avec un contexte de {n_ctx:,} tokens et le cache KV {kv_type}, a besoin de {ram_needed:.2f} GiB de RAM et de {vram_needed:.2f} GiB de VRAM, mais seuls {ram_budget:.2f} GiB de RAM sont utilisables ({ram_available:.2f} GiB disponibles moins {ram_headroom:.2f} GiB de marge) ; {vram_budget:.2f} GiB de VRAM sont utilisables. {instead}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} with a {n_ctx:,}-token context and the {kv_type} KV cache needs {ram_needed:.2f} GiB of RAM, but only {ram_budget:.2f} GiB can be used ({ram_available:.2f} GiB available minus {ram_headroom:.2f} GiB headroom). {instead}</source>
        <translation>{name}, avec un contexte de {n_ctx:,} tokens et le cache KV {kv_type}, a besoin de {ram_needed:.2f} GiB de RAM, mais seuls {ram_budget:.2f} GiB sont utilisables ({ram_available:.2f} GiB disponibles moins {ram_headroom:.2f} GiB de marge). {instead}</translation>
    </message>
    <message>
        <location filename="../../app/remote/openai_client.py" line="+35"/>
        <source>{name} ({url}) did not answer in time.</source>
        <translation>{name} ({url}) n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({url}) could not be reached: {reason}</source>
        <translation>{name} ({url}) est injoignable : {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({url}) answered HTTP {status}: {message}</source>
        <translation>{name} ({url}) a répondu HTTP {status} : {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({url}) sent something unexpected: {reason}</source>
        <translation>{name} ({url}) a envoyé une réponse inattendue : {reason}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{name} broke off the reply: {reason}</source>
        <translation>{name} a interrompu la réponse : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/remote/remote_engine.py" line="+126"/>
        <source>No remote model is chosen.</source>
        <translation>Aucun modèle distant n&apos;est choisi.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name} broke off the reply before its end.</source>
        <translation>{name} a interrompu la réponse avant sa fin.</translation>
    </message>
    <message>
        <location filename="../../app/serve/access.py" line="+38"/>
        <source>The API key must have at least {min_length} characters.</source>
        <translation>La clé d&apos;API doit comporter au moins {min_length} caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listening on {host} lets other computers use the model; that needs an API key. Add --api-key KEY (clients send it as &apos;Authorization: Bearer KEY&apos;), or leave out --host to listen on {default_host}, this computer only.</source>
        <translation>Écouter sur {host} permet à d&apos;autres ordinateurs d&apos;utiliser le modèle ; il faut pour cela une clé d&apos;API. Ajoutez --api-key KEY (les clients l&apos;envoient sous la forme &apos;Authorization: Bearer KEY&apos;), ou omettez --host pour écouter sur {default_host}, cet ordinateur uniquement.</translation>
    </message>
    <message>
        <location filename="../../app/serve/http_api.py" line="+334"/>
        <source>Paddock cannot listen on {host} port {port}: {reason}. Choose another port with --port.</source>
        <translation>Paddock ne peut pas écouter sur {host}, port {port} : {reason}. Choisissez un autre port avec --port.</translation>
    </message>
    <message>
        <location filename="../../app/store/conversations.py" line="+49"/>
        <location line="+38"/>
        <source>There is no conversation number {conversation_id}.</source>
        <translation>Il n&apos;existe pas de conversation numéro {conversation_id}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A conversation title cannot be empty.</source>
        <translation>Le titre d&apos;une conversation ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="+60"/>
        <source>The disk is full: Paddock could not save to its conversation database ({path}). Free some disk space and try again; what was saved before is kept.</source>
        <translation>Le disque est plein : Paddock n&apos;a pas pu enregistrer dans sa base de données de conversations ({path}). Libérez de l&apos;espace disque et réessayez ; ce qui avait été enregistré auparavant est conservé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conversation database {path} is damaged ({reason}).</source>
        <translation>La base de données de conversations {path} est endommagée ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The conversation database {path} is locked by another program ({reason}). Close other programs that use it and try again.</source>
        <translation>La base de données de conversations {path} est verrouillée par un autre programme ({reason}). Fermez les autres programmes qui l&apos;utilisent et réessayez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paddock cannot open or write its conversation database {path} ({reason}). Check that the folder exists, that the disk is not read-only and that you may write there.</source>
        <translation>Paddock ne peut pas ouvrir ou écrire sa base de données de conversations {path} ({reason}). Vérifiez que le dossier existe, que le disque n&apos;est pas en lecture seule et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk reported an error while Paddock used {path} ({reason}).</source>
        <translation>Le disque a signalé une erreur pendant que Paddock utilisait {path} ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite ran out of memory while using {path}.</source>
        <translation>SQLite a manqué de mémoire en utilisant {path}.</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Paddock cannot create the folder {folder}: {reason}</source>
        <translation>Paddock ne peut pas créer le dossier {folder} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/export_files.py" line="+53"/>
        <source>The disk is full: the export to {target} was not written.</source>
        <translation>Le disque est plein : l&apos;exportation vers {target} n&apos;a pas été écrite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export could not be written to {target}: {reason}.</source>
        <translation>L&apos;exportation n&apos;a pas pu être écrite dans {target} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/store/export_json.py" line="+152"/>
        <source>{where}: expected an object.</source>
        <translation>{where} : un objet était attendu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: the field &quot;{key}&quot; is missing.</source>
        <translation>{where} : le champ &quot;{key}&quot; est manquant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>{where}.{key}: unexpected value {value}.</source>
        <translation>{where}.{key} : valeur inattendue {value}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{where}.parent_id: {parent} is not an earlier message of this conversation.</source>
        <translation>{where}.parent_id : {parent} n&apos;est pas un message antérieur de cette conversation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}.id: {id} appears twice.</source>
        <translation>{where}.id : {id} apparaît deux fois.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{where}.settings: nested more than {levels} levels deep.</source>
        <translation>{where}.settings : imbriqué sur plus de {levels} niveaux.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}.current_message_id: {current} is not one of its messages.</source>
        <translation>{where}.current_message_id : {current} ne fait pas partie de ses messages.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This file is not a Paddock conversations export.</source>
        <translation>Ce fichier n&apos;est pas une exportation de conversations Paddock.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This export was made by a newer Paddock (format version {version}); update Paddock to import it.</source>
        <translation>Cette exportation a été faite par une version plus récente de Paddock (version de format {version}) ; mettez Paddock à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <location filename="../../app/store/import_chatgpt.py" line="+127"/>
        <source>conversation {number}: not a ChatGPT conversation (no &quot;mapping&quot;).</source>
        <translation>conversation {number} : ce n&apos;est pas une conversation ChatGPT (pas de &quot;mapping&quot;).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>conversation {number} (&quot;{title}&quot;) holds no user or assistant text</source>
        <translation>la conversation {number} (&quot;{title}&quot;) ne contient aucun texte de l&apos;utilisateur ou de l&apos;assistant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>conversation {number} holds no user or assistant text</source>
        <translation>la conversation {number} ne contient aucun texte de l&apos;utilisateur ou de l&apos;assistant</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ChatGPT&apos;s conversations.json should hold a list of conversations.</source>
        <translation>Le fichier conversations.json de ChatGPT devrait contenir une liste de conversations.</translation>
    </message>
    <message>
        <location filename="../../app/store/import_files.py" line="-58"/>
        <source>This file is neither a Paddock export (JSON with &quot;format&quot;: &quot;paddock.conversations&quot;) nor ChatGPT&apos;s conversations.json.</source>
        <translation>Ce fichier n&apos;est ni une exportation Paddock (JSON avec &quot;format&quot;: &quot;paddock.conversations&quot;) ni le conversations.json de ChatGPT.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+34"/>
        <source>{path} is a damaged zip file: {reason}.</source>
        <translation>{path} est un fichier zip endommagé : {reason}.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>{path}: its conversations.json inflates to more than {limit:,} bytes, over {times} times its {compressed:,} compressed bytes. No real export compresses that well, so the import stopped and nothing was imported.</source>
        <translation>{path} : son conversations.json se décompresse en plus de {limit:,} octets, soit plus de {times} fois ses {compressed:,} octets compressés. Aucune vraie exportation ne se compresse aussi bien : l&apos;importation a donc été arrêtée et rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{path} is a zip file without a conversations.json inside.</source>
        <translation>{path} est un fichier zip qui ne contient pas de conversations.json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is an encrypted zip file; unpack it first.</source>
        <translation>{path} est un fichier zip chiffré ; décompressez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file is not ChatGPT&apos;s conversations.json.</source>
        <translation>Ce fichier n&apos;est pas le conversations.json de ChatGPT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a Paddock export.</source>
        <translation>Ce fichier n&apos;est pas une exportation Paddock.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>file.conversations: should be a list of conversations.</source>
        <translation>file.conversations : devrait être une liste de conversations.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing in {path} could be imported: {first}.</source>
        <translation>Rien n&apos;a pu être importé depuis {path} : {first}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing in {path} could be imported: {first}; {second}.</source>
        <translation>Rien n&apos;a pu être importé depuis {path} : {first} ; {second}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in {path} could be imported: {first}; {second}; {third}.</source>
        <translation>Rien n&apos;a pu être importé depuis {path} : {first} ; {second} ; {third}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in {path} could be imported: {first}; {second}; {third} (and {more} more).</source>
        <translation>Rien n&apos;a pu être importé depuis {path} : {first} ; {second} ; {third} (et {more} de plus).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} cannot be read as JSON: {reason}.</source>
        <translation>{path} ne peut pas être lu comme du JSON : {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} holds no conversations: nothing was imported.</source>
        <translation>{path} ne contient aucune conversation : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../app/store/messages.py" line="+67"/>
        <location line="+56"/>
        <source>Message {message_id} is not part of conversation {conversation_id}.</source>
        <translation>Le message {message_id} ne fait pas partie de la conversation {conversation_id}.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>There is no message number {message_id}.</source>
        <translation>Il n&apos;existe pas de message numéro {message_id}.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Only your own messages can be edited; regenerate a reply instead.</source>
        <translation>Seuls vos propres messages peuvent être modifiés ; régénérez plutôt une réponse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a reply of the model can be regenerated.</source>
        <translation>Seule une réponse du modèle peut être régénérée.</translation>
    </message>
    <message>
        <location filename="../../app/store/migrations.py" line="+229"/>
        <source>This Python&apos;s SQLite is version {version}; Paddock&apos;s history search needs SQLite 3.34 or newer (FTS5 trigram).</source>
        <translation>Le SQLite de ce Python est en version {version} ; la recherche dans l&apos;historique de Paddock nécessite SQLite 3.34 ou plus récent (FTS5 trigram).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The conversation database {path} was written by a newer version of Paddock (it has changes this version does not know: {changes}). Update Paddock to open it. The file was left unchanged.</source>
        <translation>La base de données de conversations {path} a été écrite par une version plus récente de Paddock (elle contient des changements que cette version ne connaît pas : {changes}). Mettez Paddock à jour pour l&apos;ouvrir. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/store/search.py" line="+335"/>
        <source>Type a word to search for.</source>
        <translation>Saisissez un mot à rechercher.</translation>
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
        <location filename="../../ui/widgets/documents_dialog.py" line="+118"/>
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
        <location line="+11"/>
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
        <location line="+80"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="-79"/>
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
        <location line="+37"/>
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
