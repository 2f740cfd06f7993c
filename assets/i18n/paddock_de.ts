<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppError</name>
    <message>
        <location filename="../../app/gguf_file.py" line="+322"/>
        <source>Paddock is not allowed to read the model file {path} (permission denied). Check the permissions of the file and of its folders.</source>
        <translation>Paddock darf die Modelldatei {path} nicht lesen (Zugriff verweigert). Prüfen Sie die Berechtigungen der Datei und ihrer Ordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model file {path} cannot be read: {reason}.</source>
        <translation>Die Modelldatei {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model file does not exist: {path}</source>
        <translation>Die Modelldatei existiert nicht: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model path is not a file: {path}</source>
        <translation>Der Modellpfad ist keine Datei: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a GGUF model file (it does not start with &apos;GGUF&apos;). Paddock runs llama.cpp models in GGUF format.</source>
        <translation>{name} ist keine GGUF-Modelldatei (sie beginnt nicht mit &apos;GGUF&apos;). Paddock führt llama.cpp-Modelle im GGUF-Format aus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is damaged or incomplete: {damage}.</source>
        <translation>{name} ist beschädigt oder unvollständig: {damage}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is damaged: its header says its tensors end at byte {end:,}, far beyond the size of any model.</source>
        <translation>{name} ist beschädigt: Laut Dateikopf enden die Tensoren bei Byte {end:,}, weit jenseits der Größe jedes Modells.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is truncated: it holds {size:,} bytes but its tensors need {end:,}. The download or copy did not finish; fetch the file again.</source>
        <translation>{name} ist abgeschnitten: Die Datei enthält {size:,} Bytes, ihre Tensoren brauchen aber {end:,}. Der Download oder die Kopie wurde nicht abgeschlossen; holen Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+137"/>
        <location filename="../../app/hub/transfer.py" line="+331"/>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/arena/battle_file.py" line="+71"/>
        <source>{name}, line {line}: a battle needs model_a, model_b and winner.</source>
        <translation>{name}, Zeile {line}: Ein Duell braucht model_a, model_b und winner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, line {line}: winner must be one of {winners}, not {winner}.</source>
        <translation>{name}, Zeile {line}: winner muss einer dieser Werte sein: {winners}, nicht {winner}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}, line {line}: tstamp must be a number of seconds.</source>
        <translation>{name}, Zeile {line}: tstamp muss eine Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}, line {line}: {cause}</source>
        <translation>{name}, Zeile {line}: {cause}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/store/import_files.py" line="+61"/>
        <location line="+34"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}, line {line}: not JSON ({reason}).</source>
        <translation>{name}, Zeile {line}: kein JSON ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/arena/votes.py" line="+68"/>
        <source>A vote compares at least two models.</source>
        <translation>Eine Bewertung vergleicht mindestens zwei Modelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vote compares different models; the same one was given twice.</source>
        <translation>Eine Bewertung vergleicht verschiedene Modelle; dasselbe Modell wurde zweimal angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the winning pane exactly when the outcome is a win.</source>
        <translation>Geben Sie genau dann einen siegreichen Bereich an, wenn das Ergebnis ein Sieg ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no pane {pane} in a vote between {count} models.</source>
        <translation>In einer Bewertung zwischen {count} Modellen gibt es keinen Bereich {pane}.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/embedding_entries.py" line="+97"/>
        <location filename="../../app/catalog/entries.py" line="+264"/>
        <source>{where}: unknown family {family}.</source>
        <translation>{where}: Unbekannte Modellfamilie {family}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/catalog/entries.py" line="+9"/>
        <source>{where}: hf_repo must be &apos;owner/name&apos;, got {repo}.</source>
        <translation>{where}: hf_repo muss die Form &apos;owner/name&apos; haben, gefunden wurde {repo}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}.architecture: pooling must be one of {poolings}.</source>
        <translation>{where}.architecture: pooling muss einer der folgenden Werte sein: {poolings}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}.architecture: n_embd ({n_embd}) is not a multiple of n_head ({n_head}).</source>
        <translation>{where}.architecture: n_embd ({n_embd}) ist kein Vielfaches von n_head ({n_head}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: an embedding model needs at least one GGUF download (it is not made locally).</source>
        <translation>{where}: Ein Embedding-Modell braucht mindestens einen GGUF-Download (es wird nicht lokal erstellt).</translation>
    </message>
    <message>
        <location filename="../../app/catalog/entries.py" line="-188"/>
        <source>Unknown embedding model {model_id}. Known embedding models: {known}.</source>
        <translation>Unbekanntes Embedding-Modell {model_id}. Bekannte Embedding-Modelle: {known}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown model {model_id}. Known models: {known}.</source>
        <translation>Unbekanntes Modell {model_id}. Bekannte Modelle: {known}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where}: expected a mapping, got {type}.</source>
        <translation>{where}: Erwartet wurde eine Zuordnung (Mapping), gefunden wurde {type}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: missing field(s) {fields}.</source>
        <translation>{where}: Fehlende Felder: {fields}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: unknown field(s) {fields}.</source>
        <translation>{where}: Unbekannte Felder: {fields}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: field {key} must be {type}, got {value}.</source>
        <translation>{where}: Das Feld {key} muss vom Typ {type} sein, gefunden wurde {value}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{where}: {problems}.</source>
        <translation>{where}: {problems}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: n_head x head_dim ({n_head} x {head_dim}) != n_embd ({n_embd}); every Llama 3 model has n_embd = n_head x head_dim.</source>
        <translation>{where}: n_head x head_dim ({n_head} x {head_dim}) != n_embd ({n_embd}); bei jedem Llama-3-Modell gilt n_embd = n_head x head_dim.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path}: name the first part of a split model (-00001-of-...).</source>
        <translation>{path}: Geben Sie den ersten Teil eines geteilten Modells an (-00001-of-...).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: gguf must be a list of repositories.</source>
        <translation>{where}: gguf muss eine Liste von Repositorys sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+39"/>
        <source>{where}: unknown quantization {quant}; known: {known}.</source>
        <translation>{where}: Unbekannte Quantisierung {quant}; bekannt sind: {known}.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{where}: {quant} has a file but is not offered (quantizations).</source>
        <translation>{where}: Für {quant} gibt es eine Datei, diese Quantisierung wird aber nicht angeboten (quantizations).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {quant} file must be a .gguf path, got {path}.</source>
        <translation>{where}: Die Datei für {quant} muss ein .gguf-Pfad sein, gefunden wurde {path}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The catalog has no families (licences).</source>
        <translation>Der Katalog enthält keine Modellfamilien (Lizenzen).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{source}: schema {schema} is not supported (expected {expected}).</source>
        <translation>{source}: Schema {schema} wird nicht unterstützt (erwartet: {expected}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{where}: kind must be embedding (or left out for a Llama).</source>
        <translation>{where}: kind muss embedding sein (oder bei einem Llama weggelassen werden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>{where}: duplicate id {id}.</source>
        <translation>{where}: Doppelte ID {id}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: purpose must be one of {purposes}.</source>
        <translation>{where}: purpose muss einer der folgenden Werte sein: {purposes}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{source}: no models.</source>
        <translation>{source}: Keine Modelle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The model catalog {path} cannot be read: {reason}</source>
        <translation>Der Modellkatalog {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/documents/collections.py" line="+38"/>
        <source>There is no document collection named {name}.</source>
        <translation>Es gibt keine Dokumentsammlung namens {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A document collection needs a name.</source>
        <translation>Eine Dokumentsammlung braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>These were not added to {collection} as such: {paths} (see `paddock-cli docs list {name}`).</source>
        <translation>Diese wurden nicht als solche zu {collection} hinzugefügt: {paths} (siehe `paddock-cli docs list {name}`).</translation>
    </message>
    <message>
        <location filename="../../app/documents/docx_reader.py" line="+24"/>
        <source>not a readable Word document ({reason})</source>
        <translation>kein lesbares Word-Dokument ({reason})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the document has no text</source>
        <translation>das Dokument enthält keinen Text</translation>
    </message>
    <message>
        <location filename="../../app/documents/extract.py" line="+43"/>
        <source>old Word format (.doc): save it as .docx</source>
        <translation>altes Word-Format (.doc): speichern Sie die Datei als .docx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument text is not read yet: save it as .docx</source>
        <translation>OpenDocument-Text wird noch nicht gelesen: speichern Sie die Datei als .docx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RTF is not read: save it as .docx</source>
        <translation>RTF wird nicht gelesen: speichern Sie die Datei als .docx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image (text recognition is not done)</source>
        <translation>ein Bild (Texterkennung wird nicht durchgeführt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported file type (no extension)</source>
        <translation>nicht unterstützter Dateityp (keine Dateiendung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported file type ({suffix})</source>
        <translation>nicht unterstützter Dateityp ({suffix})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>damaged or malformed ({error}: {reason})</source>
        <translation>beschädigt oder fehlerhaft aufgebaut ({error}: {reason})</translation>
    </message>
    <message>
        <location filename="../../app/documents/html_reader.py" line="+65"/>
        <source>the page has no text</source>
        <translation>die Seite enthält keinen Text</translation>
    </message>
    <message>
        <location filename="../../app/documents/pdf_reader.py" line="+25"/>
        <source>not a readable PDF ({reason})</source>
        <translation>kein lesbares PDF ({reason})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>page {page} cannot be read ({reason})</source>
        <translation>Seite {page} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>scanned, no text layer (text recognition is not done)</source>
        <translation>gescannt, ohne Textebene (Texterkennung wird nicht durchgeführt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no text on page(s) {pages}</source>
        <translation>kein Text auf Seite(n) {pages}</translation>
    </message>
    <message>
        <location filename="../../app/documents/schema.py" line="+160"/>
        <source>The documents database {path} was written by a newer version of Paddock (it has changes this version does not know: {changes}). Update Paddock to open it. The file was left unchanged.</source>
        <translation>Die Dokumentdatenbank {path} wurde von einer neueren Version von Paddock geschrieben (sie enthält Änderungen, die diese Version nicht kennt: {changes}). Aktualisieren Sie Paddock, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/documents/text_readers.py" line="+62"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../app/engine/chat_template.py" line="+79"/>
        <source>The model&apos;s chat template cannot be compiled: {reason}</source>
        <translation>Die Chatvorlage des Modells lässt sich nicht kompilieren: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model&apos;s chat template tried an unsafe operation and was stopped: {reason}. The file may be malicious; Paddock will not use it.</source>
        <translation>Die Chatvorlage des Modells hat eine unsichere Operation versucht und wurde gestoppt: {reason}. Die Datei könnte schädlich sein; Paddock verwendet sie nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model&apos;s chat template failed: {reason}</source>
        <translation>Die Chatvorlage des Modells ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model&apos;s chat template failed: {error_type}: {reason}</source>
        <translation>Die Chatvorlage des Modells ist fehlgeschlagen: {error_type}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model&apos;s chat template produced an impossibly long prompt.</source>
        <translation>Die Chatvorlage des Modells hat einen unmöglich langen Prompt erzeugt.</translation>
    </message>
    <message>
        <location filename="../../app/engine/client.py" line="+69"/>
        <source>The model&apos;s worker process</source>
        <translation>Der Arbeitsprozess des Modells</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{exit} The reply streamed so far was kept.</source>
        <translation>{exit} Der bisher empfangene Teil der Antwort wurde behalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location filename="../../app/engine/worker.py" line="+38"/>
        <source>No model is loaded. Load a GGUF model first.</source>
        <translation>Es ist kein Modell geladen. Laden Sie zuerst ein GGUF-Modell.</translation>
    </message>
    <message>
        <location filename="../../app/engine/llama_backend.py" line="+95"/>
        <source>This version of llama.cpp (llama-cpp-python {version}) cannot run {name}: {reason}</source>
        <translation>Diese Version von llama.cpp (llama-cpp-python {version}) kann {name} nicht ausführen: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>llama.cpp could not create a {n_ctx:,}-token context for {name} (often not enough memory; try a shorter context or a q8_0 KV cache): {reason}</source>
        <translation>llama.cpp konnte für {name} keinen Kontext mit {n_ctx:,} Tokens anlegen (oft reicht der Speicher nicht; versuchen Sie einen kürzeren Kontext oder einen q8_0-KV-Cache): {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+274"/>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp konnte {name} nicht laden: {reason}</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>llama.cpp failed while reading the prompt: {reason}</source>
        <translation>llama.cpp ist beim Lesen des Prompts fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>llama.cpp failed while generating: {reason}</source>
        <translation>llama.cpp ist beim Generieren fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>llama.cpp could not parse the grammar for this reply.</source>
        <translation>llama.cpp konnte die Grammatik für diese Antwort nicht verarbeiten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <source>llama.cpp could not embed the text: {reason}</source>
        <translation>llama.cpp konnte keine Embeddings für den Text berechnen: {reason}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This JSON schema cannot be turned into a grammar: {reason}</source>
        <translation>Dieses JSON-Schema lässt sich nicht in eine Grammatik umwandeln: {reason}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>llama.cpp failed to evaluate {count} tokens: {reason}</source>
        <translation>llama.cpp konnte {count} Tokens nicht auswerten: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>llama.cpp loaded {name} but could not tokenize text: {reason}</source>
        <translation>llama.cpp hat {name} geladen, konnte aber keinen Text tokenisieren: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>llama.cpp loaded {name} but tokenized text to nothing.</source>
        <translation>llama.cpp hat {name} geladen, aber die Tokenisierung eines Textes ergab keine Tokens.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown quantization {quant_type!r}; known: {known}.</source>
        <translation>Unbekannte Quantisierung {quant_type!r}; bekannt sind: {known}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>llama.cpp could not quantize {name} to {quant_type}: code {code}</source>
        <translation>llama.cpp konnte {name} nicht nach {quant_type} quantisieren: Code {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>llama.cpp could not quantize {name} to {quant_type}: {reason}</source>
        <translation>llama.cpp konnte {name} nicht nach {quant_type} quantisieren: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/engine/loaded_model.py" line="+48"/>
        <source>{name} has no chat template (tokenizer.chat_template); Paddock needs an instruct model with its template.</source>
        <translation>{name} hat keine Chatvorlage (tokenizer.chat_template); Paddock braucht ein Instruct-Modell mit seiner Vorlage.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} has no chat template: it was loaded for embeddings only.</source>
        <translation>{name} hat keine Chatvorlage: Es wurde nur für Embeddings geladen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This model was not loaded for embeddings; load it with embeddings on.</source>
        <translation>Dieses Modell wurde nicht für Embeddings geladen; laden Sie es mit eingeschalteten Embeddings.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The conversation needs {tokens:,} tokens but the context holds {n_ctx:,}. Start a new conversation, remove messages, or load the model with a longer context.</source>
        <translation>Die Unterhaltung braucht {tokens:,} Tokens, aber der Kontext fasst nur {n_ctx:,}. Beginnen Sie eine neue Unterhaltung, entfernen Sie Nachrichten oder laden Sie das Modell mit einem längeren Kontext.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The prompt needs {tokens:,} tokens but the context holds {n_ctx:,}. Shorten the prompt, or load the model with a longer context.</source>
        <translation>Der Prompt braucht {tokens:,} Tokens, aber der Kontext fasst nur {n_ctx:,}. Kürzen Sie den Prompt oder laden Sie das Modell mit einem längeren Kontext.</translation>
    </message>
    <message>
        <location filename="../../app/engine/preflight.py" line="+28"/>
        <source>Open the first part of a split model: {name}</source>
        <translation>Öffnen Sie den ersten Teil eines aufgeteilten Modells: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This model is split into {parts} files and {missing} are missing: {names}</source>
        <translation>Dieses Modell ist auf {parts} Dateien aufgeteilt, und {missing} davon fehlen: {names}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} was trained for a context of {trained:,} tokens; {n_ctx:,} were asked for. Choose {trained:,} or less.</source>
        <translation>{name} wurde für einen Kontext von {trained:,} Tokens trainiert; angefordert wurden {n_ctx:,}. Wählen Sie {trained:,} oder weniger.</translation>
    </message>
    <message>
        <location filename="../../app/engine/settings.py" line="+42"/>
        <source>Unknown KV cache type {kv_cache_type!r}; use one of {known}.</source>
        <translation>Unbekannter KV-Cache-Typ {kv_cache_type!r}; verwenden Sie einen von {known}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A context of {n_ctx} tokens is too small (minimum 16).</source>
        <translation>Ein Kontext von {n_ctx} Tokens ist zu klein (mindestens 16).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads and batch sizes must be at least 1.</source>
        <translation>Threads und Batch-Größen müssen mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert.py" line="+131"/>
        <source>The checkpoint is missing {count} weight(s): {names} (config.json says tie_word_embeddings is false).</source>
        <translation>Im Checkpoint fehlen Gewichte ({count}): {names} (laut config.json ist tie_word_embeddings false).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checkpoint is missing {count} weight(s): {names}.</source>
        <translation>Im Checkpoint fehlen Gewichte ({count}): {names}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The checkpoint has weights a plain Llama does not: {names}. Is it a LlamaForCausalLM checkpoint?</source>
        <translation>Der Checkpoint enthält Gewichte, die ein gewöhnliches Llama nicht hat: {names}. Ist es ein LlamaForCausalLM-Checkpoint?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weight {weight} has shape {shape} but config.json implies {expected}.</source>
        <translation>Das Gewicht {weight} hat die Form {shape}, laut config.json müsste sie {expected} sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight {weight} is stored as {dtype}; Paddock converts F32, F16 and BF16 checkpoints, not pre-quantized ones.</source>
        <translation>Das Gewicht {weight} ist als {dtype} gespeichert; Paddock konvertiert F32-, F16- und BF16-Checkpoints, keine bereits quantisierten.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Not enough disk space for {name}: it needs about {needed_gb:.1f} GB and {folder} has {free_gb:.1f} GB free.</source>
        <translation>Nicht genug Speicherplatz für {name}: Benötigt werden etwa {needed_gb:.1f} GB, in {folder} sind {free_gb:.1f} GB frei.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{cause} (llama-cpp-python {version})</source>
        <translation>{cause} (llama-cpp-python {version})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The load check</source>
        <translation>Die Ladeprüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The converted {name} does not load in llama.cpp, so it was deleted. {cause}</source>
        <translation>Die konvertierte Datei {name} lässt sich in llama.cpp nicht laden und wurde daher gelöscht. {cause}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown output type {out_type}; choose one of {choices}.</source>
        <translation>Unbekannter Ausgabetyp {out_type}; wählen Sie einen der folgenden: {choices}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The checkpoint folder does not exist: {folder}</source>
        <translation>Der Checkpoint-Ordner existiert nicht: {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/hub/quantize.py" line="+185"/>
        <source>{path} already exists; choose another name or allow overwriting.</source>
        <translation>{path} existiert bereits; wählen Sie einen anderen Namen oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert_config.py" line="+31"/>
        <source>config.json is missing from {folder}; it is not a Hugging Face checkpoint folder.</source>
        <translation>In {folder} fehlt config.json; es ist kein Hugging-Face-Checkpoint-Ordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/hub/convert_tokenizer.py" line="+83"/>
        <location filename="../../app/hub/safetensors_reader.py" line="+120"/>
        <source>{name} in {folder} cannot be read ({reason}).</source>
        <translation>{name} in {folder} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>config.json in {folder} is not a JSON object.</source>
        <translation>config.json in {folder} ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This checkpoint is not a Llama: architectures={archs}. Paddock converts {supported} checkpoints.</source>
        <translation>Dieser Checkpoint ist kein Llama: architectures={archs}. Paddock konvertiert {supported}-Checkpoints.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This checkpoint is not a Llama: config.json has no architectures and model_type={model_type}.</source>
        <translation>Dieser Checkpoint ist kein Llama: config.json enthält kein architectures und model_type={model_type}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} lacks the key {key}, which a Llama checkpoint must have.</source>
        <translation>In {where} fehlt der Schlüssel {key}, den ein Llama-Checkpoint haben muss.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} has {key}={value}; a whole number is needed.</source>
        <translation>{where} enthält {key}={value}; erforderlich ist eine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} has {key}={value}; a number is needed.</source>
        <translation>{where} enthält {key}={value}; erforderlich ist eine Zahl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} has {key}={value}; it must be positive.</source>
        <translation>{where} enthält {key}={value}; der Wert muss positiv sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>config.json has a rope_scaling that is not an object: {value}.</source>
        <translation>config.json enthält ein rope_scaling, das kein Objekt ist: {value}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where} has high_freq_factor &lt;= low_freq_factor.</source>
        <translation>{where} enthält high_freq_factor &lt;= low_freq_factor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>config.json asks for {rope_type} rope scaling; Paddock converts Llama checkpoints with no, linear or llama3 rope scaling.</source>
        <translation>config.json verlangt RoPE-Skalierung vom Typ {rope_type}; Paddock konvertiert Llama-Checkpoints ohne RoPE-Skalierung oder mit linearer bzw. llama3-RoPE-Skalierung.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>config.json has num_attention_heads={n_head}, not a multiple of num_key_value_heads={n_kv_head}.</source>
        <translation>config.json enthält num_attention_heads={n_head}, das ist kein Vielfaches von num_key_value_heads={n_kv_head}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>config.json gives an odd head dimension ({head_dim}); rotary embeddings need an even one.</source>
        <translation>config.json gibt eine ungerade Head-Dimension an ({head_dim}); Rotary Embeddings brauchen eine gerade.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config.json has hidden_act={act}; Llama uses &apos;silu&apos;.</source>
        <translation>config.json enthält hidden_act={act}; Llama verwendet &apos;silu&apos;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>config.json describes a Llama llama.cpp cannot run: {problems}.</source>
        <translation>config.json beschreibt ein Llama, das llama.cpp nicht ausführen kann: {problems}.</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert_tokenizer.py" line="-8"/>
        <source>{name} is missing from {folder}; it holds the tokenizer.</source>
        <translation>{name} fehlt in {folder}; diese Datei enthält den Tokenizer.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>tokenizer.json holds a tokenizer of unknown type; Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json enthält einen Tokenizer unbekannten Typs; Paddock konvertiert Byte-Level-BPE-Tokenizer (Llama 3 und neuer).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tokenizer.json holds a {type} tokenizer; Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json enthält einen Tokenizer vom Typ {type}; Paddock konvertiert Byte-Level-BPE-Tokenizer (Llama 3 und neuer).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tokenizer.json is a BPE tokenizer but not a byte-level one (e.g. Llama 2&apos;s SentencePiece tokenizer); Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json ist ein BPE-Tokenizer, aber kein Byte-Level-Tokenizer (z. B. der SentencePiece-Tokenizer von Llama 2); Paddock konvertiert Byte-Level-BPE-Tokenizer (Llama 3 und neuer).</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>tokenizer.json has an empty vocabulary.</source>
        <translation>tokenizer.json hat ein leeres Vokabular.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tokenizer.json has token id {token_id} but config.json says vocab_size={vocab_size}.</source>
        <translation>tokenizer.json enthält die Token-ID {token_id}, aber laut config.json ist vocab_size={vocab_size}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>tokenizer_config.json names {key} {token}, which is not in the vocabulary.</source>
        <translation>tokenizer_config.json nennt als {key} {token}, das nicht im Vokabular steht.</translation>
    </message>
    <message>
        <location filename="../../app/hub/download.py" line="+98"/>
        <source>&apos;{name}&apos; is not a file name inside a repository.</source>
        <translation>&apos;{name}&apos; ist kein Dateiname innerhalb eines Repositorys.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The disk holding {folder} is full: {reason}. Free some space and try again.</source>
        <translation>Der Datenträger mit {folder} ist voll: {reason}. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write into the models folder {folder}: {reason}</source>
        <translation>In den Modellordner {folder} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is already being downloaded by another Paddock window or paddock-cli. Wait for it to finish, or stop it first.</source>
        <translation>{name} wird bereits von einem anderen Paddock-Fenster oder von paddock-cli heruntergeladen. Warten Sie, bis der Download fertig ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A different file already exists at {path}. Delete it (paddock-cli models delete) or download into another folder.</source>
        <translation>Unter {path} gibt es bereits eine andere Datei. Löschen Sie sie (paddock-cli models delete) oder laden Sie in einen anderen Ordner herunter.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not enough disk space in {folder}: this download needs {need} more (and Paddock leaves {reserve} free), but only {free} is free. Free some space or choose another models folder.</source>
        <translation>Nicht genug Speicherplatz in {folder}: Dieser Download braucht noch {need} (und Paddock lässt {reserve} frei), aber nur {free} sind frei. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Modellordner.</translation>
    </message>
    <message>
        <location filename="../../app/hub/hub_api.py" line="+55"/>
        <source>The hub address &apos;{endpoint}&apos; is not a web address; use e.g. {default} or a mirror&apos;s https:// address.</source>
        <translation>Die Hub-Adresse &apos;{endpoint}&apos; ist keine Webadresse; verwenden Sie z. B. {default} oder die https://-Adresse eines Mirrors.</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+101"/>
        <source>{repo_id} (revision {revision}) has no file &apos;{name}&apos;.</source>
        <translation>{repo_id} (Revision {revision}) enthält keine Datei &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>{cause} The repository has no .gguf files at {revision}.</source>
        <translation>{cause} Das Repository enthält bei {revision} keine .gguf-Dateien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cause} GGUF files there: {names} and {more} more.</source>
        <translation>{cause} GGUF-Dateien dort: {names} und {more} weitere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cause} GGUF files there: {names}.</source>
        <translation>{cause} GGUF-Dateien dort: {names}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your Hugging Face token works, but this account has no access to {repo_id} yet. Open {page}, accept the license and request access; downloading works once the request is approved (the page shows its status). If access was already granted, check that the token may read gated repositories (fine-grained tokens need &apos;Read access to contents of all public gated repos you can access&apos;).</source>
        <translation>Ihr Hugging-Face-Token funktioniert, aber dieses Konto hat noch keinen Zugriff auf {repo_id}. Öffnen Sie {page}, akzeptieren Sie die Lizenz und beantragen Sie Zugriff; das Herunterladen funktioniert, sobald der Antrag genehmigt ist (die Seite zeigt seinen Status). Wenn der Zugriff bereits gewährt wurde, prüfen Sie, ob das Token zugangsbeschränkte Repositories lesen darf (fein abgestufte Tokens brauchen &apos;Read access to contents of all public gated repos you can access&apos;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{repo_id} is a gated model: its authors ask everyone to accept their license first. 1) Open {page} while logged in to Hugging Face and accept the license. 2) Create a token with read access at {tokens_page}. 3) Enter it in Paddock&apos;s settings (Hugging Face token) or set the HF_TOKEN environment variable (paddock-cli also takes --token).</source>
        <translation>{repo_id} ist ein zugangsbeschränktes Modell: Seine Autoren verlangen, dass alle zuerst ihre Lizenz akzeptieren. 1) Öffnen Sie {page}, während Sie bei Hugging Face angemeldet sind, und akzeptieren Sie die Lizenz. 2) Erstellen Sie unter {tokens_page} ein Token mit Lesezugriff. 3) Tragen Sie es in den Einstellungen von Paddock ein (Hugging-Face-Token) oder setzen Sie die Umgebungsvariable HF_TOKEN (paddock-cli akzeptiert auch --token).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{repo_id} has no branch, tag or commit named &apos;{revision}&apos;.</source>
        <translation>{repo_id} hat keinen Branch, kein Tag und keinen Commit namens &apos;{revision}&apos;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub has disabled access to {repo_id}.</source>
        <translation>Der Hub hat den Zugriff auf {repo_id} gesperrt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no model &apos;{repo_id}&apos; on {endpoint}, or it is private. Check the name (e.g. meta-llama/Llama-3.2-1B-Instruct); a private repository needs a token that can read it.</source>
        <translation>Auf {endpoint} gibt es kein Modell &apos;{repo_id}&apos;, oder es ist privat. Prüfen Sie den Namen (z. B. meta-llama/Llama-3.2-1B-Instruct); für ein privates Repository brauchen Sie ein Token, das es lesen darf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{repo_id}&apos; is not a valid repository name ({reason}). Use owner/name.</source>
        <translation>&apos;{repo_id}&apos; ist kein gültiger Repository-Name ({reason}). Verwenden Sie die Form Besitzer/Name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hugging Face offline mode is on (HF_HUB_OFFLINE is set); unset it to download models.</source>
        <translation>Der Offline-Modus von Hugging Face ist eingeschaltet (HF_HUB_OFFLINE ist gesetzt); entfernen Sie die Variable, um Modelle herunterzuladen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not reach {endpoint}: {reason}. Check the internet connection, a proxy, or the hub address (mirror) in the settings.</source>
        <translation>{endpoint} ist nicht erreichbar: {reason}. Prüfen Sie die Internetverbindung, einen Proxy oder die Hub-Adresse (Mirror) in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The hub refused the Hugging Face token (invalid, expired or revoked). Create a new one at {tokens_page} and enter it in the settings or HF_TOKEN.</source>
        <translation>Der Hub hat das Hugging-Face-Token abgelehnt (ungültig, abgelaufen oder widerrufen). Erstellen Sie unter {tokens_page} ein neues und tragen Sie es in den Einstellungen oder in HF_TOKEN ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The hub refused access to {repo_id} ({status}). If it is gated or private, accept its license at {page} and use a token with read access ({tokens_page}).</source>
        <translation>Der Hub hat den Zugriff auf {repo_id} verweigert ({status}). Wenn das Modell zugangsbeschränkt oder privat ist, akzeptieren Sie seine Lizenz unter {page} und verwenden Sie ein Token mit Lesezugriff ({tokens_page}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The hub is limiting requests from this address (429). Wait a few minutes and try again.</source>
        <translation>Der Hub begrenzt die Anfragen von dieser Adresse (429). Warten Sie ein paar Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hub at {endpoint} answered with error {status}; it may be busy or down. Try again in a few minutes.</source>
        <translation>Der Hub unter {endpoint} hat mit Fehler {status} geantwortet; er ist möglicherweise überlastet oder nicht erreichbar. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hub refused the request ({status}): {reason}</source>
        <translation>Der Hub hat die Anfrage abgelehnt ({status}): {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/installed.py" line="+83"/>
        <source>{missing} of its {total} parts are missing: {names}</source>
        <translation>{missing} seiner {total} Teile fehlen: {names}</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>{name} belongs to another app ({source}); delete it there. Paddock deletes only models in its own models folder.</source>
        <translation>{name} gehört zu einer anderen App ({source}); löschen Sie es dort. Paddock löscht nur Modelle in seinem eigenen Modellordner.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is not inside the models folder {folder}.</source>
        <translation>{path} liegt nicht im Modellordner {folder}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{path} cannot be used: {cause}</source>
        <translation>{path} kann nicht verwendet werden: {cause}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} already exists; choose another name or delete it first.</source>
        <translation>{path} existiert bereits; wählen Sie einen anderen Namen oder löschen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough disk space to copy {name} ({size}); {free} is free. Free some space, or reference the file where it is instead.</source>
        <translation>Nicht genug Speicherplatz, um {name} ({size}) zu kopieren; {free} sind frei. Geben Sie Speicherplatz frei oder verweisen Sie stattdessen auf die Datei an ihrem jetzigen Ort.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not copy {name}: {reason}</source>
        <translation>{name} konnte nicht kopiert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/quantize.py" line="-131"/>
        <source>Unknown or unsupported quantization &apos;{quant_type}&apos;; choose one of {choices}.</source>
        <translation>Unbekannte oder nicht unterstützte Quantisierung &apos;{quant_type}&apos;; wählen Sie eine von {choices}.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>{name} is already quantized ({types} tensors). Quantizing it again loses more quality than quantizing its F16/BF16 original; allow re-quantizing to do it anyway.</source>
        <translation>{name} ist bereits quantisiert ({types}-Tensoren). Eine erneute Quantisierung kostet mehr Qualität als die Quantisierung des F16/BF16-Originals; erlauben Sie das erneute Quantisieren, um es trotzdem zu tun.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quantized model must be written to a new file, not over its source.</source>
        <translation>Das quantisierte Modell muss in eine neue Datei geschrieben werden, nicht über seine Quelle.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The quantization process</source>
        <translation>Der Quantisierungsprozess</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>llama.cpp wrote a {file_type} file, not {quant_type}.</source>
        <translation>llama.cpp hat eine {file_type}-Datei geschrieben, nicht {quant_type}.</translation>
    </message>
    <message>
        <location filename="../../app/hub/safetensors_reader.py" line="-64"/>
        <source>{name} is not a valid safetensors file (the file is shorter than a safetensors header).</source>
        <translation>{name} ist keine gültige safetensors-Datei (die Datei ist kürzer als ein safetensors-Header).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a valid safetensors file (header length {length:,} does not fit the file).</source>
        <translation>{name} ist keine gültige safetensors-Datei (die Header-Länge {length:,} passt nicht zur Datei).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read {path}: {reason}</source>
        <translation>{path} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a valid safetensors file ({reason}).</source>
        <translation>{name} ist keine gültige safetensors-Datei ({reason}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file}: the header entry for {tensor} is damaged ({reason}).</source>
        <translation>{file}: Der Header-Eintrag für {tensor} ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is truncated: tensor {tensor} needs bytes up to {end:,} but the file holds {size:,}. The download did not finish; fetch it again.</source>
        <translation>{file} ist abgeschnitten: Der Tensor {tensor} braucht Bytes bis {end:,}, die Datei enthält aber nur {size:,}. Der Download wurde nicht abgeschlossen; laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: tensor {tensor} has {size:,} bytes, not what {dtype}{shape} needs.</source>
        <translation>{file}: Der Tensor {tensor} hat {size:,} Bytes, das passt nicht zu {dtype}{shape}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{folder} is missing weight shard(s) listed in {index}: {shards}.</source>
        <translation>In {folder} fehlen Gewichts-Shards, die in {index} aufgeführt sind: {shards}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No safetensors weights (*.safetensors) were found in {folder} (PyTorch .pth/.bin weights were found: Paddock converts the Hugging Face safetensors format).</source>
        <translation>In {folder} wurden keine safetensors-Gewichte (*.safetensors) gefunden (wohl aber PyTorch-Gewichte .pth/.bin: Paddock konvertiert das safetensors-Format von Hugging Face).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No safetensors weights (*.safetensors) were found in {folder}.</source>
        <translation>In {folder} wurden keine safetensors-Gewichte (*.safetensors) gefunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{index} lists weights that are not in their shard: {weights}.</source>
        <translation>{index} führt Gewichte auf, die nicht in ihrem Shard stehen: {weights}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tensor {tensor} is stored as {dtype}; Paddock converts F32, F16 and BF16 checkpoints (not pre-quantized ones).</source>
        <translation>Der Tensor {tensor} ist als {dtype} gespeichert; Paddock konvertiert F32-, F16- und BF16-Checkpoints (keine bereits quantisierten).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file} ended while reading {tensor}.</source>
        <translation>{file} endete beim Lesen von {tensor}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read {tensor} from {path}: {reason}</source>
        <translation>{tensor} konnte nicht aus {path} gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/transfer.py" line="-141"/>
        <source>Cannot download {url}: {reason}</source>
        <translation>{url} kann nicht heruntergeladen werden: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The download of {name} failed {failures} times in a row ({reason}). The {have:,} bytes received are kept; start the download again to resume.</source>
        <translation>Der Download von {name} ist {failures}-mal hintereinander fehlgeschlagen ({reason}). Die {have:,} empfangenen Bytes bleiben erhalten; starten Sie den Download erneut, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub sent {name} round in redirect circles: {reason}</source>
        <translation>Der Hub hat {name} im Kreis weitergeleitet: {reason}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The download server refused {name} ({status}).</source>
        <translation>Der Download-Server hat {name} verweigert ({status}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sent another part of {name} than asked for ({content_range} for bytes {have}-): the file on the hub may have changed. Nothing was installed; try again.</source>
        <translation>Der Server hat einen anderen Teil von {name} gesendet als angefordert ({content_range} für Bytes {have}-): Die Datei auf dem Hub hat sich vielleicht geändert. Nichts wurde installiert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sends {length:,} bytes for {name} but the hub lists {size:,}. Nothing was installed; try again later.</source>
        <translation>Der Server sendet {length:,} Bytes für {name}, der Hub nennt aber {size:,}. Nichts wurde installiert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sent more than the {size:,} bytes the hub lists for {name}. Nothing was installed; try again.</source>
        <translation>Der Server hat mehr als die {size:,} Bytes gesendet, die der Hub für {name} nennt. Nichts wurde installiert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The disk is full (or the largest file size allowed was reached) while writing {name}: {reason}. The {have:,} bytes downloaded so far are kept; free some space and start the download again to resume.</source>
        <translation>Der Datenträger ist voll (oder die maximal erlaubte Dateigröße wurde erreicht) beim Schreiben von {name}: {reason}. Die bisher heruntergeladenen {have:,} Bytes bleiben erhalten; geben Sie Speicherplatz frei und starten Sie den Download erneut, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing more could be written to {path}; the disk may be full.</source>
        <translation>In {path} konnte nichts mehr geschrieben werden; der Datenträger ist vielleicht voll.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} has {have:,} bytes, the hub lists {size:,}.</source>
        <translation>{name} hat {have:,} Bytes, der Hub nennt {size:,}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} failed verification: its {checksum} is {got}, the hub says {want}. The damaged download was deleted and nothing was installed; download it again (if this keeps happening, the mirror may serve a broken copy).</source>
        <translation>{name} hat die Prüfung nicht bestanden: Sein {checksum} ist {got}, der Hub nennt {want}. Der beschädigte Download wurde gelöscht und nichts wurde installiert; laden Sie die Datei erneut herunter (wenn das immer wieder passiert, liefert der Mirror vielleicht eine defekte Kopie).</translation>
    </message>
    <message>
        <location filename="../../app/jobs/child_process.py" line="+88"/>
        <source>{exit} Last messages in its log:
{log_tail}</source>
        <translation>{exit} Letzte Meldungen im Protokoll:
{log_tail}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} stopped answering.</source>
        <translation>{what} antwortet nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} was killed ({signal}); the system may have run out of memory.</source>
        <translation>{what} wurde zwangsweise beendet ({signal}); möglicherweise war der Arbeitsspeicher des Systems erschöpft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} was stopped ({signal}).</source>
        <translation>{what} wurde beendet ({signal}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} crashed ({signal}).</source>
        <translation>{what} ist abgestürzt ({signal}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} exited with code {code}.</source>
        <translation>{what} wurde mit Code {code} beendet.</translation>
    </message>
    <message>
        <location filename="../../app/llama/header_check.py" line="+74"/>
        <source>{name} has a damaged Llama header: {problems} (and {more} more). Download or convert the model again.</source>
        <translation>{name} hat einen beschädigten Llama-Header: {problems} (und {more} weitere). Laden Sie das Modell erneut herunter oder konvertieren Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} has a damaged Llama header: {problems}. Download or convert the model again.</source>
        <translation>{name} hat einen beschädigten Llama-Header: {problems}. Laden Sie das Modell erneut herunter oder konvertieren Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/planner/fit_check.py" line="+61"/>
        <source>a {kv_type} KV cache (same context)</source>
        <translation>ein {kv_type}-KV-Cache (gleicher Kontext)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flash attention on (same context)</source>
        <translation>Flash Attention eingeschaltet (gleicher Kontext)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a context of {n_ctx:,} tokens</source>
        <translation>ein Kontext von {n_ctx:,} Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no GPU layers (the model fits in RAM)</source>
        <translation>keine GPU-Schichten (das Modell passt in den RAM)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the {quant} quantization (needs {gib:.1f} GiB)</source>
        <translation>die Quantisierung {quant} (braucht {gib:.1f} GiB)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing smaller of this model fits either; free memory or choose a smaller model.</source>
        <translation>Auch keine kleinere Variante dieses Modells passt; geben Sie Speicher frei oder wählen Sie ein kleineres Modell.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}.</source>
        <translation>Stattdessen würde passen: {first}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would fit: {first}; or {second}.</source>
        <translation>Stattdessen würde passen: {first}; oder {second}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}; or {second}; or {third}.</source>
        <translation>Stattdessen würde passen: {first}; oder {second}; oder {third}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What would fit: {first}; or {second}; or {third}; or {fourth}.</source>
        <translation>Stattdessen würde passen: {first}; oder {second}; oder {third}; oder {fourth}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}; or {second}; or {third}; or {fourth}; or {fifth}.</source>
        <translation>Stattdessen würde passen: {first}; oder {second}; oder {third}; oder {fourth}; oder {fifth}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} with a {n_ctx:,}-token context and the {kv_type} KV cache needs {ram_needed:.2f} GiB of RAM and {vram_needed:.2f} GiB of VRAM, but only {ram_budget:.2f} GiB can be used ({ram_available:.2f} GiB available minus {ram_headroom:.2f} GiB headroom); {vram_budget:.2f} GiB of VRAM can be used. {instead}</source>
        <translation>{name} braucht mit einem Kontext von {n_ctx:,} Tokens und dem {kv_type}-KV-Cache {ram_needed:.2f} GiB RAM und {vram_needed:.2f} GiB VRAM, aber nur {ram_budget:.2f} GiB RAM sind nutzbar ({ram_available:.2f} GiB verfügbar abzüglich {ram_headroom:.2f} GiB Reserve); vom VRAM sind {vram_budget:.2f} GiB nutzbar. {instead}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} with a {n_ctx:,}-token context and the {kv_type} KV cache needs {ram_needed:.2f} GiB of RAM, but only {ram_budget:.2f} GiB can be used ({ram_available:.2f} GiB available minus {ram_headroom:.2f} GiB headroom). {instead}</source>
        <translation>{name} braucht mit einem Kontext von {n_ctx:,} Tokens und dem {kv_type}-KV-Cache {ram_needed:.2f} GiB RAM, aber nur {ram_budget:.2f} GiB sind nutzbar ({ram_available:.2f} GiB verfügbar abzüglich {ram_headroom:.2f} GiB Reserve). {instead}</translation>
    </message>
    <message>
        <location filename="../../app/remote/openai_client.py" line="+35"/>
        <source>{name} ({url}) did not answer in time.</source>
        <translation>{name} ({url}) hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({url}) could not be reached: {reason}</source>
        <translation>{name} ({url}) ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({url}) answered HTTP {status}: {message}</source>
        <translation>{name} ({url}) hat mit HTTP {status} geantwortet: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({url}) sent something unexpected: {reason}</source>
        <translation>{name} ({url}) hat etwas Unerwartetes gesendet: {reason}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{name} broke off the reply: {reason}</source>
        <translation>{name} hat die Antwort abgebrochen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/remote/remote_engine.py" line="+126"/>
        <source>No remote model is chosen.</source>
        <translation>Es ist kein entferntes Modell ausgewählt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name} broke off the reply before its end.</source>
        <translation>{name} hat die Antwort vor ihrem Ende abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/serve/access.py" line="+38"/>
        <source>The API key must have at least {min_length} characters.</source>
        <translation>Der API-Schlüssel muss mindestens {min_length} Zeichen haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listening on {host} lets other computers use the model; that needs an API key. Add --api-key KEY (clients send it as &apos;Authorization: Bearer KEY&apos;), or leave out --host to listen on {default_host}, this computer only.</source>
        <translation>Wenn auf {host} gelauscht wird, können andere Computer das Modell nutzen; dafür ist ein API-Schlüssel nötig. Fügen Sie --api-key KEY hinzu (Clients senden ihn als &apos;Authorization: Bearer KEY&apos;) oder lassen Sie --host weg, um nur auf {default_host} zu lauschen, also nur für diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../app/serve/http_api.py" line="+334"/>
        <source>Paddock cannot listen on {host} port {port}: {reason}. Choose another port with --port.</source>
        <translation>Paddock kann nicht auf {host}, Port {port} lauschen: {reason}. Wählen Sie mit --port einen anderen Port.</translation>
    </message>
    <message>
        <location filename="../../app/store/conversations.py" line="+49"/>
        <location line="+38"/>
        <source>There is no conversation number {conversation_id}.</source>
        <translation>Es gibt keine Unterhaltung mit der Nummer {conversation_id}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A conversation title cannot be empty.</source>
        <translation>Der Titel einer Unterhaltung darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="+60"/>
        <source>The disk is full: Paddock could not save to its conversation database ({path}). Free some disk space and try again; what was saved before is kept.</source>
        <translation>Der Datenträger ist voll: Paddock konnte nicht in seine Unterhaltungsdatenbank ({path}) speichern. Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut; was vorher gespeichert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conversation database {path} is damaged ({reason}).</source>
        <translation>Die Unterhaltungsdatenbank {path} ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The conversation database {path} is locked by another program ({reason}). Close other programs that use it and try again.</source>
        <translation>Die Unterhaltungsdatenbank {path} ist von einem anderen Programm gesperrt ({reason}). Schließen Sie andere Programme, die sie verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paddock cannot open or write its conversation database {path} ({reason}). Check that the folder exists, that the disk is not read-only and that you may write there.</source>
        <translation>Paddock kann seine Unterhaltungsdatenbank {path} nicht öffnen oder beschreiben ({reason}). Prüfen Sie, ob der Ordner existiert, ob der Datenträger nicht schreibgeschützt ist und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk reported an error while Paddock used {path} ({reason}).</source>
        <translation>Der Datenträger hat einen Fehler gemeldet, während Paddock {path} verwendet hat ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite ran out of memory while using {path}.</source>
        <translation>SQLite hatte nicht genug Arbeitsspeicher bei der Verwendung von {path}.</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Paddock cannot create the folder {folder}: {reason}</source>
        <translation>Paddock kann den Ordner {folder} nicht anlegen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/export_files.py" line="+53"/>
        <source>The disk is full: the export to {target} was not written.</source>
        <translation>Der Datenträger ist voll: Der Export nach {target} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export could not be written to {target}: {reason}.</source>
        <translation>Der Export konnte nicht nach {target} geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/store/export_json.py" line="+152"/>
        <source>{where}: expected an object.</source>
        <translation>{where}: Ein Objekt wurde erwartet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: the field &quot;{key}&quot; is missing.</source>
        <translation>{where}: Das Feld &quot;{key}&quot; fehlt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>{where}.{key}: unexpected value {value}.</source>
        <translation>{where}.{key}: unerwarteter Wert {value}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{where}.parent_id: {parent} is not an earlier message of this conversation.</source>
        <translation>{where}.parent_id: {parent} ist keine frühere Nachricht dieser Unterhaltung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}.id: {id} appears twice.</source>
        <translation>{where}.id: {id} kommt zweimal vor.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{where}.settings: nested more than {levels} levels deep.</source>
        <translation>{where}.settings: mehr als {levels} Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}.current_message_id: {current} is not one of its messages.</source>
        <translation>{where}.current_message_id: {current} ist keine ihrer Nachrichten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This file is not a Paddock conversations export.</source>
        <translation>Diese Datei ist kein Paddock-Export von Unterhaltungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This export was made by a newer Paddock (format version {version}); update Paddock to import it.</source>
        <translation>Dieser Export wurde von einem neueren Paddock erstellt (Formatversion {version}); aktualisieren Sie Paddock, um ihn zu importieren.</translation>
    </message>
    <message>
        <location filename="../../app/store/import_chatgpt.py" line="+127"/>
        <source>conversation {number}: not a ChatGPT conversation (no &quot;mapping&quot;).</source>
        <translation>Unterhaltung {number}: keine ChatGPT-Unterhaltung (kein &quot;mapping&quot;).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>conversation {number} (&quot;{title}&quot;) holds no user or assistant text</source>
        <translation>Unterhaltung {number} (&quot;{title}&quot;) enthält keinen Text von Benutzer oder Assistent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>conversation {number} holds no user or assistant text</source>
        <translation>Unterhaltung {number} enthält keinen Text von Benutzer oder Assistent</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ChatGPT&apos;s conversations.json should hold a list of conversations.</source>
        <translation>Die conversations.json von ChatGPT sollte eine Liste von Unterhaltungen enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/store/import_files.py" line="-58"/>
        <source>This file is neither a Paddock export (JSON with &quot;format&quot;: &quot;paddock.conversations&quot;) nor ChatGPT&apos;s conversations.json.</source>
        <translation>Diese Datei ist weder ein Paddock-Export (JSON mit &quot;format&quot;: &quot;paddock.conversations&quot;) noch die conversations.json von ChatGPT.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+34"/>
        <source>{path} is a damaged zip file: {reason}.</source>
        <translation>{path} ist eine beschädigte ZIP-Datei: {reason}.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>{path}: its conversations.json inflates to more than {limit:,} bytes, over {times} times its {compressed:,} compressed bytes. No real export compresses that well, so the import stopped and nothing was imported.</source>
        <translation>{path}: Die darin enthaltene conversations.json entpackt sich auf mehr als {limit:,} Bytes, über das {times}-Fache ihrer {compressed:,} komprimierten Bytes. Kein echter Export lässt sich so stark komprimieren, daher wurde der Import angehalten und nichts importiert.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{path} is a zip file without a conversations.json inside.</source>
        <translation>{path} ist eine ZIP-Datei ohne conversations.json darin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is an encrypted zip file; unpack it first.</source>
        <translation>{path} ist eine verschlüsselte ZIP-Datei; entpacken Sie sie zuerst.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file is not ChatGPT&apos;s conversations.json.</source>
        <translation>Diese Datei ist nicht die conversations.json von ChatGPT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a Paddock export.</source>
        <translation>Diese Datei ist kein Paddock-Export.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>file.conversations: should be a list of conversations.</source>
        <translation>file.conversations: sollte eine Liste von Unterhaltungen sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing in {path} could be imported: {first}.</source>
        <translation>Aus {path} konnte nichts importiert werden: {first}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing in {path} could be imported: {first}; {second}.</source>
        <translation>Aus {path} konnte nichts importiert werden: {first}; {second}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in {path} could be imported: {first}; {second}; {third}.</source>
        <translation>Aus {path} konnte nichts importiert werden: {first}; {second}; {third}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in {path} could be imported: {first}; {second}; {third} (and {more} more).</source>
        <translation>Aus {path} konnte nichts importiert werden: {first}; {second}; {third} (und {more} weitere).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} cannot be read as JSON: {reason}.</source>
        <translation>{path} kann nicht als JSON gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} holds no conversations: nothing was imported.</source>
        <translation>{path} enthält keine Unterhaltungen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../app/store/messages.py" line="+67"/>
        <location line="+56"/>
        <source>Message {message_id} is not part of conversation {conversation_id}.</source>
        <translation>Nachricht {message_id} gehört nicht zu Unterhaltung {conversation_id}.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>There is no message number {message_id}.</source>
        <translation>Es gibt keine Nachricht mit der Nummer {message_id}.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Only your own messages can be edited; regenerate a reply instead.</source>
        <translation>Nur Ihre eigenen Nachrichten können bearbeitet werden; lassen Sie stattdessen eine Antwort neu erzeugen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a reply of the model can be regenerated.</source>
        <translation>Nur eine Antwort des Modells kann neu erzeugt werden.</translation>
    </message>
    <message>
        <location filename="../../app/store/migrations.py" line="+229"/>
        <source>This Python&apos;s SQLite is version {version}; Paddock&apos;s history search needs SQLite 3.34 or newer (FTS5 trigram).</source>
        <translation>Das SQLite dieses Python hat die Version {version}; die Verlaufssuche von Paddock braucht SQLite 3.34 oder neuer (FTS5 trigram).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The conversation database {path} was written by a newer version of Paddock (it has changes this version does not know: {changes}). Update Paddock to open it. The file was left unchanged.</source>
        <translation>Die Unterhaltungsdatenbank {path} wurde von einer neueren Version von Paddock geschrieben (sie enthält Änderungen, die diese Version nicht kennt: {changes}). Aktualisieren Sie Paddock, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/store/search.py" line="+335"/>
        <source>Type a word to search for.</source>
        <translation>Geben Sie ein Wort ein, nach dem gesucht werden soll.</translation>
    </message>
</context>
<context>
    <name>AttachedLabel</name>
    <message>
        <location filename="../../ui/widgets/documents_ui.py" line="+63"/>
        <source>whole documents</source>
        <translation>ganze Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passages found for each question</source>
        <translation>zu jeder Frage gefundene Passagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers from your documents: %1 (%2)</source>
        <translation>Antwortet aus Ihren Dokumenten: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <location filename="../../ui/widgets/compare_window.py" line="+308"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare models side by side…</source>
        <translation>Modelle nebeneinander vergleichen…</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="+114"/>
        <source>GGUF file…</source>
        <translation>GGUF-Datei…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest reply (tokens):</source>
        <translation>Längste Antwort (Token):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop this pane</source>
        <translation>Diesen Bereich anhalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a GGUF model</source>
        <translation>Ein GGUF-Modell wählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You: </source>
        <translation>Sie: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>remote</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First token %1 s · prompt %2 tokens/s · generation %3 tokens/s · %4 + %5 tokens · memory %6</source>
        <translation>Erstes Token %1 s · Prompt %2 Token/s · Erzeugung %3 Token/s · %4 + %5 Token · Speicher %6</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../ui/widgets/compare_window.py" line="-158"/>
        <source>Compare models — Paddock</source>
        <translation>Modelle vergleichen — Paddock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panes:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind (names hidden and order shuffled until the vote)</source>
        <translation>Blind (Namen verborgen und Reihenfolge gemischt bis zur Abstimmung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New comparison</source>
        <translation>Neuer Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to all</source>
        <translation>An alle senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop all</source>
        <translation>Alle anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message for every pane (Ctrl+Enter sends)</source>
        <translation>Eine Nachricht an alle Bereiche (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both are bad</source>
        <translation>Beide sind schlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with the winner</source>
        <translation>Mit dem Sieger weiterchatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is better</source>
        <translation>%1 ist besser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is best</source>
        <translation>%1 ist am besten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a model in every pane.</source>
        <translation>Wählen Sie in jedem Bereich ein Modell.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Together: every pane&apos;s model is loaded at once and they answer at the same time.</source>
        <translation>Gleichzeitig: Die Modelle aller Bereiche werden zusammen geladen und antworten zur selben Zeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One after another: each pane&apos;s model is loaded, answers and is unloaded before the next.</source>
        <translation>Nacheinander: Das Modell jedes Bereichs wird geladen, antwortet und wird vor dem nächsten entladen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads: %1.</source>
        <translation>Threads: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote: %1 (on a server: no memory or cores here, answers alongside the others).</source>
        <translation>Entfernt: %1 (auf einem Server: kein Speicher und keine Kerne hier, antwortet gleichzeitig mit den anderen).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
</context>
<context>
    <name>ContextFullBox</name>
    <message>
        <location filename="../../ui/widgets/context_full.py" line="+31"/>
        <source>This message does not fit in the context</source>
        <translation>Diese Nachricht passt nicht in den Kontext</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conversation, your message and the room kept for the reply need about %1 tokens; the model is loaded with a context of %2 tokens. What should Paddock do in this chat?</source>
        <translation>Die Unterhaltung, Ihre Nachricht und der Platz für die Antwort brauchen etwa %1 Tokens; das Modell ist mit einem Kontext von %2 Tokens geladen. Was soll Paddock in diesem Chat tun?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload with a longer context (%1 tokens)</source>
        <translation>Mit längerem Kontext neu laden (%1 Tokens)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking whether it fits in memory…</source>
        <translation>Prüfe, ob es in den Speicher passt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the oldest turns</source>
        <translation>Älteste Beiträge weglassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system prompt stays; the turns left out are dimmed in the chat</source>
        <translation>Der Systemprompt bleibt; weggelassene Beiträge werden im Chat abgeblendet</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../ui/widgets/context_meter.py" line="+75"/>
        <source>Context: %1 of %2 tokens</source>
        <translation>Kontext: %1 von %2 Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt: %1</source>
        <translation>Systemprompt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation: %1</source>
        <translation>Unterhaltung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message: %1</source>
        <translation>Ihre Nachricht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for the reply: %1</source>
        <translation>Für die Antwort reserviert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next message does not fit in the context.</source>
        <translation>Die nächste Nachricht passt nicht in den Kontext.</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../ui/widgets/convert_dialog.py" line="+59"/>
        <source>Convert a Hugging Face model</source>
        <translation>Hugging-Face-Modell konvertieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From %1 to an F16 GGUF in the models folder.</source>
        <translation>Von %1 zu einem F16-GGUF im Modellordner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the GGUF: %1 of %2</source>
        <translation>GGUF wird geschrieben: %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking that llama.cpp loads the result…</source>
        <translation>Prüfe, ob llama.cpp das Ergebnis lädt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the folder: configuration, weights, tokenizer, disk space…</source>
        <translation>Prüfe den Ordner: Konfiguration, Gewichte, Tokenizer, Speicherplatz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was left behind.</source>
        <translation>Abgebrochen; nichts ist zurückgeblieben.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/crash.py" line="+47"/>
        <source>Paddock hit a bug</source>
        <translation>Paddock ist auf einen Fehler gestoßen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong. Your conversations are saved. The details below were written to the log; please include them in a bug report.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Ihre Unterhaltungen sind gespeichert. Die Details unten wurden ins Protokoll geschrieben; bitte fügen Sie sie einem Fehlerbericht bei.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../ui/widgets/documents_dialog.py" line="+118"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own documents, indexed on this computer: nothing is sent anywhere. Tick a collection to answer the chat on screen from it.</source>
        <translation>Ihre eigenen Dokumente, auf diesem Computer indiziert: Nichts wird irgendwohin gesendet. Haken Sie eine Sammlung an, damit der Chat auf dem Bildschirm daraus antwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collection name</source>
        <translation>Name der Sammlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-scan</source>
        <translation>&amp;Neu einlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not indexed:</source>
        <translation>Nicht indiziert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Embedding model:</source>
        <translation>&amp;Einbettungsmodell:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 files, %3 passages, %4 tokens</source>
        <translation>%1: %2 Dateien, %3 Passagen, %4 Token</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read whole documents instead of searching them (%1 tokens)</source>
        <translation>Ganze Dokumente lesen statt sie zu durchsuchen (%1 Token)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>None: keyword search only</source>
        <translation>Keines: nur Stichwortsuche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download %1 (%2 MB)…</source>
        <translation>%1 herunterladen (%2 MB)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a GGUF file…</source>
        <translation>GGUF-Datei wählen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passages are found by their words and by their meaning (%1), in any of the languages the model knows.</source>
        <translation>Passagen werden über ihre Wörter und ihre Bedeutung gefunden (%1), in jeder Sprache, die das Modell kennt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyword search only: passages are found by the words of the question. Choose an embedding model (multilingual-e5, bge-m3) to also find them by meaning.</source>
        <translation>Nur Stichwortsuche: Passagen werden über die Wörter der Frage gefunden. Wählen Sie ein Einbettungsmodell (multilingual-e5, bge-m3), um sie auch über ihre Bedeutung zu finden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading %1 (see the downloads list): it is offered here once it is in.</source>
        <translation>%1 wird heruntergeladen (siehe Downloadliste): Sobald es da ist, wird es hier angeboten.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 of %2 files, about %3 s left</source>
        <translation>%1 von %2 Dateien, noch etwa %3 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedding passages: %1 of %2</source>
        <translation>Passagen werden eingebettet: %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, about %2 s left</source>
        <translation>%1, noch etwa %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a kind of file Paddock reads</source>
        <translation>keine Dateiart, die Paddock liest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scanned PDF without text</source>
        <translation>ein gescanntes PDF ohne Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Indexing stopped; the files done so far are kept.</source>
        <translation>Indizierung angehalten; die bisher fertigen Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an embedding model</source>
        <translation>Einbettungsmodell wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a folder of documents</source>
        <translation>Einen Ordner mit Dokumenten hinzufügen</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../../ui/widgets/documents_ui.py" line="-27"/>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collections…</source>
        <translation>&amp;Sammlungen…</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../ui/widgets/downloads_panel.py" line="+88"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the download before it</source>
        <translation>Wartet auf den vorherigen Download</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking the hub…</source>
        <translation>Frage den Hub…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the bytes kept from before: %1</source>
        <translation>Prüfe die zuvor behaltenen Bytes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified; installing…</source>
        <translation>Geprüft; wird installiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: %1 kept. Resume continues from there.</source>
        <translation>Pausiert: %1 behalten. Fortsetzen macht dort weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed and verified (sha256), %1.</source>
        <translation>Installiert und geprüft (sha256), %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; the partial file was deleted.</source>
        <translation>Abgebrochen; die unvollständige Datei wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+45"/>
        <source>This model file cannot be used</source>
        <translation>Diese Modelldatei kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model is not supported</source>
        <translation>Dieses Modell wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The context is longer than this model supports</source>
        <translation>Der Kontext ist länger, als dieses Modell unterstützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conversation no longer fits in the context</source>
        <translation>Die Unterhaltung passt nicht mehr in den Kontext</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s chat template was refused</source>
        <translation>Die Chat-Vorlage des Modells wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model engine reported a problem</source>
        <translation>Die Modell-Engine hat ein Problem gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model stopped unexpectedly</source>
        <translation>Das Modell wurde unerwartet beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded</source>
        <translation>Es ist kein Modell geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remote backend cannot be reached (is the server running, is the address right?)</source>
        <translation>Das entfernte Backend ist nicht erreichbar (läuft der Server, stimmt die Adresse?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The remote backend did not answer in time</source>
        <translation>Das entfernte Backend hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remote backend answered with an error</source>
        <translation>Das entfernte Backend hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These settings cannot be used</source>
        <translation>Diese Einstellungen können nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model does not fit in memory</source>
        <translation>Dieses Modell passt nicht in den Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation history cannot be used</source>
        <translation>Der Gesprächsverlauf kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database is damaged</source>
        <translation>Die Gesprächsdatenbank ist beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database is busy</source>
        <translation>Die Gesprächsdatenbank ist gerade belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database cannot be opened</source>
        <translation>Die Gesprächsdatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation history was written by a newer Paddock</source>
        <translation>Der Gesprächsverlauf stammt von einer neueren Paddock-Version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation no longer exists</source>
        <translation>Dieses Gespräch existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export could not be written</source>
        <translation>Der Export konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be imported</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddock&apos;s model list is damaged</source>
        <translation>Die Modellliste von Paddock ist beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hugging Face refused access to this model</source>
        <translation>Hugging Face verweigert den Zugriff auf dieses Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model was not found on Hugging Face</source>
        <translation>Dieses Modell wurde auf Hugging Face nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hugging Face cannot be reached</source>
        <translation>Hugging Face ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download is damaged</source>
        <translation>Der Download ist beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is not enough disk space</source>
        <translation>Nicht genügend Speicherplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This download is in the way of another</source>
        <translation>Dieser Download steht einem anderen im Weg</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../ui/widgets/first_run_page.py" line="+156"/>
        <location line="+83"/>
        <source>Working out which Llama suits this computer…</source>
        <translation>Ermittle, welches Llama zu diesem Computer passt…</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Get a Llama</source>
        <translation>Ein Llama holen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Welcome to Paddock&lt;/h2&gt;Paddock runs Llama models on this computer; nothing you type leaves it. First you need a model: here is what fits.</source>
        <translation>&lt;h2&gt;Willkommen bei Paddock&lt;/h2&gt;Paddock führt Llama-Modelle auf diesem Computer aus; nichts, was Sie eingeben, verlässt ihn. Zuerst brauchen Sie ein Modell: Das hier passt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Llama that suits it</source>
        <translation>Das passende Llama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence and other ways to a model</source>
        <translation>Lizenz und andere Wege zu einem Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan for a context of:</source>
        <translation>Planen für einen Kontext von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download it</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a GGUF file…</source>
        <translation>GGUF-Datei öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this one</source>
        <translation>Dieses verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>Convert a Hugging Face folder…</source>
        <translation>Hugging-Face-Ordner konvertieren…</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>A folder with config.json, tokenizer and .safetensors files</source>
        <translation>Ein Ordner mit config.json, Tokenizer und .safetensors-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models found in the Hugging Face cache, LM Studio and Ollama</source>
        <translation>GGUF-Modelle aus dem Hugging-Face-Cache, LM Studio und Ollama</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meta&apos;s Llama models come under their community licences: %1. Using a model means accepting its licence.</source>
        <translation>Die Llama-Modelle von Meta stehen unter ihren Community-Lizenzen: %1. Wer ein Modell nutzt, akzeptiert dessen Lizenz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock downloads ready-made GGUF files from community repositories that need no account. Meta&apos;s own repositories are gated: accept the licence on huggingface.co, create a token with read access at &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; and set it as HF_TOKEN before starting Paddock.</source>
        <translation>Paddock lädt fertige GGUF-Dateien aus Community-Repositorys, die kein Konto brauchen. Die Repositorys von Meta selbst sind zugangsbeschränkt: Akzeptieren Sie die Lizenz auf huggingface.co, erstellen Sie unter &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; ein Token mit Lesezugriff und setzen Sie es als HF_TOKEN, bevor Sie Paddock starten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measuring this computer…</source>
        <translation>Dieser Computer wird vermessen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory: %1 in total, %2 free now.</source>
        <translation>Arbeitsspeicher: %1 insgesamt, %2 jetzt frei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock may use at most %1 here (a limit set for this session); %2 of it is free.</source>
        <translation>Paddock darf hier höchstens %1 nutzen (ein Limit für diese Sitzung); davon sind %2 frei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processor: %1, %2 cores.</source>
        <translation>Prozessor: %1, %2 Kerne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graphics: %1, sharing the computer&apos;s memory (up to %2).</source>
        <translation>Grafik: %1, teilt sich den Arbeitsspeicher des Computers (bis zu %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graphics: %1 with %2 of video memory (%3 free).</source>
        <translation>Grafik: %1 mit %2 Grafikspeicher (%3 frei).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graphics: %1 with %2 of video memory.</source>
        <translation>Grafik: %1 mit %2 Grafikspeicher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock&apos;s llama.cpp can use it.</source>
        <translation>Das llama.cpp von Paddock kann sie nutzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether Paddock&apos;s llama.cpp can use it is unknown.</source>
        <translation>Ob das llama.cpp von Paddock sie nutzen kann, ist unbekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paddock&apos;s llama.cpp was built for the CPU only, so it is not used.</source>
        <translation>Das llama.cpp von Paddock wurde nur für die CPU gebaut, daher wird sie nicht genutzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card that llama.cpp could use was found: models run on the processor.</source>
        <translation>Keine Grafikkarte gefunden, die llama.cpp nutzen könnte: Modelle laufen auf dem Prozessor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No Llama in the catalog fits in the memory that is free now at this context. Close other programs or choose a shorter context.</source>
        <translation>Kein Llama aus dem Katalog passt bei diesem Kontext in den jetzt freien Speicher. Schließen Sie andere Programme oder wählen Sie einen kürzeren Kontext.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It fits in the %1 of video memory with %2 to spare</source>
        <translation>Es passt in die %1 Grafikspeicher, %2 bleiben frei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It fits in your %1 of memory with %2 to spare</source>
        <translation>Es passt in Ihre %1 Arbeitsspeicher, %2 bleiben frei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, writing %1.</source>
        <translation> und schreibt %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt;, %2, with a context of %3.</source>
        <translation>Empfohlen: &lt;b&gt;%1&lt;/b&gt;, %2, mit einem Kontext von %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longest context that fits: %1.</source>
        <translation>Der längste passende Kontext: %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No GGUF model found in other apps&apos; folders</source>
        <translation>Kein GGUF-Modell in den Ordnern anderer Apps gefunden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not enough disk space for it: %1 to download, %2 free. Free some space first.</source>
        <translation>Nicht genug Speicherplatz dafür: %1 zum Herunterladen, %2 frei. Geben Sie zuerst Platz frei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to download; %2 free on the disk.</source>
        <translation>%1 zum Herunterladen; %2 frei auf dem Datenträger.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From %1 (no account needed)</source>
        <translation>Von %1 (kein Konto nötig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ready-made file of this one: convert the Hugging Face model and quantize it</source>
        <translation>Keine fertige Datei davon: Hugging-Face-Modell konvertieren und quantisieren</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/widgets/help_menu.py" line="+49"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Paddock</source>
        <translation>Ü&amp;ber Paddock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paddock %1</source>
        <translation>Paddock %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat with Llama models on your own computer. Your conversations stay on it.</source>
        <translation>Chatten Sie mit Llama-Modellen auf Ihrem eigenen Computer. Ihre Unterhaltungen bleiben dort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models run with llama.cpp.</source>
        <translation>Die Modelle laufen mit llama.cpp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Llama licence notice:</source>
        <translation>Lizenzhinweis zu Llama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the Llama 3.1 Community License</source>
        <translation>Die Llama 3.1 Community License lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Paddock</source>
        <translation>Über Paddock</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/widgets/history_panel.py" line="+103"/>
        <source>Search all conversations</source>
        <translation>Alle Gespräche durchsuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled conversation</source>
        <translation>Gespräch ohne Titel</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n Nachricht gefunden</numerusform>
            <numerusform>%n Nachrichten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n Nachricht</numerusform>
            <numerusform>%1 · %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening your conversations…</source>
        <translation>Ihre Gespräche werden geöffnet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations are not being saved: %1</source>
        <translation>Gespräche werden nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your conversations will be listed here.</source>
        <translation>Hier erscheinen Ihre Gespräche.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin to the top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename conversation</source>
        <translation>Gespräch umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paddock JSON (*.json)</source>
        <translation>Paddock-JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export conversation</source>
        <translation>Gespräch exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete conversation</source>
        <translation>Gespräch löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this conversation and all its messages? This cannot be undone.</source>
        <translation>Dieses Gespräch mit allen Nachrichten löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../ui/widgets/language_box.py" line="+40"/>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
</context>
<context>
    <name>LeaderboardChart</name>
    <message>
        <location filename="../../ui/widgets/leaderboard_chart.py" line="+80"/>
        <source>No votes yet. Compare models side by side and vote to see their ratings here.</source>
        <translation>Noch keine Stimmen. Vergleichen Sie Modelle nebeneinander und stimmen Sie ab, um hier ihre Bewertungen zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings with 95 % intervals</source>
        <translation>Bewertungen mit 95-%-Intervallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate of the row&apos;s model against the column&apos;s</source>
        <translation>Siegquote des Modells der Zeile gegen das der Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ties count half a win each way; the small number is the battles between the two.</source>
        <translation>Unentschieden zählen für beide als halber Sieg; die kleine Zahl ist die Anzahl der Duelle zwischen den beiden.</translation>
    </message>
</context>
<context>
    <name>LeaderboardPage</name>
    <message>
        <location filename="../../ui/widgets/compare_leaderboard.py" line="+86"/>
        <source>Include votes cast with the names visible</source>
        <translation>Stimmen mit sichtbaren Namen einbeziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out &quot;both are bad&quot; votes</source>
        <translation>„Beide sind schlecht“-Stimmen weglassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise a &quot;both are bad&quot; vote counts as a tie.</source>
        <translation>Sonst zählt eine „Beide sind schlecht“-Stimme als Unentschieden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Battles</source>
        <translation>Duelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins / ties / losses</source>
        <translation>Siege / Unentschieden / Niederlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Win rate</source>
        <translation>Siegquote</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No votes yet: compare two models and vote.</source>
        <translation>Noch keine Stimmen: Vergleichen Sie zwei Modelle und stimmen Sie ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bradley–Terry ratings on the Elo scale; ties count half a win each way; intervals from %1 resamples of the votes.</source>
        <translation>Bradley-Terry-Wertungen auf der Elo-Skala; ein Unentschieden zählt für beide als halber Sieg; Intervalle aus %1 Stichproben der Stimmen.</translation>
    </message>
</context>
<context>
    <name>LoadSettingsDialog</name>
    <message>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+185"/>
        <source>Load settings</source>
        <translation>Ladeeinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it costs</source>
        <translation>Was es kostet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-115"/>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+1"/>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+0"/>
        <location line="+9"/>
        <source>KV cache:</source>
        <translation>KV-Cache:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="-9"/>
        <source>GPU layers:</source>
        <translation>GPU-Schichten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the conversation the model can see at once</source>
        <translation>Wie viel vom Gespräch das Modell auf einmal sieht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>q8_0 and q4_0 store the context in less memory (q8_0 loses almost nothing)</source>
        <translation>q8_0 und q4_0 speichern den Kontext in weniger Speicher (q8_0 verliert fast nichts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planner&apos;s choice</source>
        <translation>Wahl des Planers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+154"/>
        <source>Layers run on the GPU; the rest run on the CPU from RAM</source>
        <translation>Schichten, die auf der GPU laufen; der Rest läuft auf der CPU aus dem RAM</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Weights:</source>
        <translation>Gewichte:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compute buffers:</source>
        <translation>Rechenpuffer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory needed:</source>
        <translation>Benötigter Speicher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory available:</source>
        <translation>Verfügbarer Speicher:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the prompt:</source>
        <translation>Prompt lesen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the reply:</source>
        <translation>Antwort schreiben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading a full context:</source>
        <translation>Einen vollen Kontext lesen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would fit instead:</source>
        <translation>Was stattdessen passen würde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load anyway (it may be very slow or fail)</source>
        <translation>Trotzdem laden (kann sehr langsam sein oder scheitern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · trained for %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · trainiert für %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quantized KV cache needs flash attention: it is turned on with it</source>
        <translation>Ein quantisierter KV-Cache braucht Flash Attention: Sie wird mit ihm eingeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses less memory for long contexts</source>
        <translation>Braucht bei langen Kontexten weniger Speicher</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 of RAM</source>
        <translation>%1 RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of RAM (%2 after keeping some free)</source>
        <translation>%1 RAM (%2, wenn etwas frei bleibt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of VRAM</source>
        <translation>%1 VRAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of VRAM on %2</source>
        <translation>%1 VRAM auf %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No GPU that this llama.cpp build can use: every layer runs on the CPU</source>
        <translation>Keine GPU, die dieses llama.cpp nutzen kann: Jede Schicht läuft auf der CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planner&apos;s choice (%1)</source>
        <translation>Wahl des Planers (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A smaller file of this model would fit: %1 (needs %2).</source>
        <translation>Eine kleinere Datei dieses Modells würde passen: %1 (braucht %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use a %1 KV cache (same context)</source>
        <translation>Einen %1-KV-Cache verwenden (gleicher Kontext)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn flash attention on (same context)</source>
        <translation>Flash Attention einschalten (gleicher Kontext)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the context to %1</source>
        <translation>Kontext auf %1 kürzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run on the CPU only (no GPU layers)</source>
        <translation>Nur auf der CPU ausführen (keine GPU-Schichten)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="+181"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
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
        <translation>Modell öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a GGUF model file on this computer</source>
        <translation>Eine GGUF-Modelldatei auf diesem Computer auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message. Enter sends, Shift+Enter adds a line.</source>
        <translation>Nachricht eingeben. Eingabetaste sendet, Umschalt+Eingabetaste fügt eine Zeile ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>Neu schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling…</source>
        <translation>Sampling-Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature, top-p and the other sampling settings of this chat</source>
        <translation>Temperatur, Top-p und die anderen Sampling-Einstellungen dieses Chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the last reply again; the first one is kept in the history</source>
        <translation>Die letzte Antwort neu schreiben lassen; die erste bleibt im Verlauf erhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · context %3 tokens</source>
        <translation>%1 · %2 · Kontext %3 Tokens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length limit reached</source>
        <translation>Längenlimit erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context is full</source>
        <translation>Kontext ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first token after %1 s</source>
        <translation>erstes Token nach %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 prompt tokens reused</source>
        <translation>%1 von %2 Prompt-Tokens wiederverwendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model saw the last %1 of %2 messages</source>
        <translation>das Modell sah die letzten %1 von %2 Nachrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing…</source>
        <translation>Schreibt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready. Type a message below.</source>
        <translation>Bereit. Geben Sie unten eine Nachricht ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a GGUF model file to start.</source>
        <translation>Öffnen Sie eine GGUF-Modelldatei, um zu beginnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a GGUF model</source>
        <translation>GGUF-Modell öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The model is still loading; send your message when it is ready.</source>
        <translation>Das Modell wird noch geladen; senden Sie Ihre Nachricht, sobald es bereit ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reply is being written. Wait for it, or press Stop (Esc).</source>
        <translation>Eine Antwort wird gerade geschrieben. Warten Sie darauf oder klicken Sie auf „Anhalten“ (Esc).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded. Click &quot;Open model…&quot; and choose a GGUF file first.</source>
        <translation>Es ist kein Modell geladen. Klicken Sie zuerst auf „Modell öffnen…“ und wählen Sie eine GGUF-Datei.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Editing a message: Enter sends the new version from there; the first one is kept.</source>
        <translation>Nachricht bearbeiten: Enter sendet die neue Fassung ab dieser Stelle; die erste bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Editing your last message: Enter sends the new version; the first one is kept.</source>
        <translation>Sie bearbeiten Ihre letzte Nachricht: Enter sendet die neue Fassung; die erste bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Load anyway</source>
        <translation>Trotzdem laden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paddock restored the most recent backup; conversations changed after it are missing.</source>
        <translation>Paddock hat die neueste Sicherung wiederhergestellt; danach geänderte Gespräche fehlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usable backup was found, so the history starts empty.</source>
        <translation>Es wurde keine brauchbare Sicherung gefunden, daher beginnt der Verlauf leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your conversation database was damaged.</source>
        <translation>Ihre Gesprächsdatenbank war beschädigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The damaged file was kept as %1.</source>
        <translation>Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n reply(ies) were cut off when Paddock last closed; their text so far was kept.</source>
        <translation>
            <numerusform>%n Antwort wurde beim letzten Beenden von Paddock abgebrochen; ihr bisheriger Text wurde behalten.</numerusform>
            <numerusform>%n Antworten wurden beim letzten Beenden von Paddock abgebrochen; ihr bisheriger Text wurde behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../ui/widgets/model_manager.py" line="+109"/>
        <location line="+80"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_leaderboard.py" line="-29"/>
        <location filename="../../ui/widgets/model_manager.py" line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_manager.py" line="+0"/>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trained context</source>
        <translation>Trainierter Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantize…</source>
        <translation>Quantisieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No downloads. Models &gt; Get a model… offers one that fits.</source>
        <translation>Keine Downloads. Modelle &gt; Modell holen… schlägt ein passendes vor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paddock&apos;s models folder</source>
        <translation>Modellordner von Paddock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used where it is</source>
        <translation>wird an seinem Ort genutzt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The loaded model cannot be deleted; load another one first</source>
        <translation>Das geladene Modell kann nicht gelöscht werden; laden Sie zuerst ein anderes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an F32, F16 or BF16 model can be quantized</source>
        <translation>Nur ein F32-, F16- oder BF16-Modell kann quantisiert werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete %1? This frees %2 on disk.</source>
        <translation>%1 löschen? Das gibt %2 auf dem Datenträger frei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget %1? The file stays where it is; Paddock stops listing it.</source>
        <translation>%1 vergessen? Die Datei bleibt, wo sie ist; Paddock listet sie nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 deleted: %2 freed.</source>
        <translation>%1 gelöscht: %2 freigegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer listed; the file was left where it is.</source>
        <translation>%1 wird nicht mehr gelistet; die Datei blieb, wo sie ist.</translation>
    </message>
</context>
<context>
    <name>ModelOpener</name>
    <message>
        <location filename="../../ui/widgets/model_opener.py" line="+34"/>
        <source>Open a GGUF model</source>
        <translation>GGUF-Modell öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_dialog.py" line="-5"/>
        <location filename="../../ui/widgets/model_opener.py" line="+0"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../ui/widgets/model_picker.py" line="+66"/>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-1"/>
        <location filename="../../ui/widgets/model_picker.py" line="+1"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_picker.py" line="+1"/>
        <source>Switch to another installed model</source>
        <translation>Zu einem anderen installierten Modell wechseln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an installed model…</source>
        <translation>Installiertes Modell wählen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No model installed yet</source>
        <translation>Noch kein Modell installiert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="+31"/>
        <location filename="../../ui/widgets/model_picker.py" line="+12"/>
        <source>%1 · remote · %2</source>
        <translation>%1 · entfernt · %2</translation>
    </message>
</context>
<context>
    <name>ModelsMenu</name>
    <message>
        <location filename="../../ui/widgets/models_menu.py" line="+50"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open model file…</source>
        <translation>Modelldatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get a model…</source>
        <translation>Modell &amp;holen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage &amp;models and downloads…</source>
        <translation>&amp;Modelle und Downloads verwalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look again for installed models</source>
        <translation>Erneut nach installierten Modellen &amp;suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <location filename="../../ui/widgets/plan_texts.py" line="+26"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>about %1 tokens/s</source>
        <translation>etwa %1 Tokens/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 h</source>
        <translation>etwa %1 h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on GPU</source>
        <translation>auf der GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly on GPU</source>
        <translation>teils auf der GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in RAM</source>
        <translation>im RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fits: every layer runs on %1.</source>
        <translation>Passt: Jede Schicht läuft auf %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits: %1 of %2 layers run on %3, the rest in RAM.</source>
        <translation>Passt: %1 von %2 Schichten laufen auf %3, der Rest im RAM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits in RAM (runs on the CPU).</source>
        <translation>Passt in den RAM (läuft auf der CPU).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit in the memory that is free now.</source>
        <translation>Passt nicht in den jetzt freien Speicher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 billion parameters</source>
        <translation>%1 Milliarden Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 million parameters</source>
        <translation>%1 Millionen Parameter</translation>
    </message>
</context>
<context>
    <name>PromptPresets</name>
    <message>
        <location filename="../../ui/widgets/prompt_presets.py" line="+34"/>
        <source>Presets…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpful assistant (default)</source>
        <translation>Hilfreicher Assistent (Standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concise</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translator</source>
        <translation>Übersetzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmer</source>
        <translation>Programmierer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are a helpful assistant. Answer briefly and to the point, in a few sentences at most, unless the user asks for more detail.</source>
        <translation>Du bist ein hilfreicher Assistent. Antworte kurz und auf den Punkt, höchstens in wenigen Sätzen, außer der Nutzer möchte mehr Details.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are a translator. Translate what the user writes: into English if it is in another language, otherwise into the language the user names. Reply with the translation only.</source>
        <translation>Du bist ein Übersetzer. Übersetze, was der Nutzer schreibt: ins Englische, wenn es in einer anderen Sprache ist, sonst in die Sprache, die der Nutzer nennt. Antworte nur mit der Übersetzung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are an expert programmer. Give correct, idiomatic code in Markdown code blocks with the language named, and explain briefly what it does.</source>
        <translation>Du bist ein erfahrener Programmierer. Gib korrekten, idiomatischen Code in Markdown-Codeblöcken mit angegebener Sprache und erkläre kurz, was er tut.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="+38"/>
        <source>Look in:</source>
        <translation>Suchen in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Dateien des Typs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Übergeordnetes Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Neuen Ordner erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-21"/>
        <source>Show Details...</source>
        <translation>Details einblenden...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Details ausblenden...</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QuantizeDialog</name>
    <message>
        <location filename="../../ui/widgets/quantize_dialog.py" line="+100"/>
        <source>Quantize a model</source>
        <translation>Ein Modell quantisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected size</source>
        <translation>Erwartete Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantize</source>
        <translation>Quantisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At a context of %1</source>
        <translation>Bei einem Kontext von %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 to a smaller file in the models folder: choose a quantization.</source>
        <translation>%1 in eine kleinere Datei im Modellordner: Wählen Sie eine Quantisierung.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quantizing to %1: tensor %2 of %3</source>
        <translation>Quantisiere zu %1: Tensor %2 von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking that llama.cpp loads the result…</source>
        <translation>Prüfe, ob llama.cpp das Ergebnis lädt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting llama.cpp&apos;s quantizer…</source>
        <translation>Starte den Quantisierer von llama.cpp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was left behind.</source>
        <translation>Abgebrochen; nichts ist zurückgeblieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the model&apos;s header…</source>
        <translation>Lese den Header des Modells…</translation>
    </message>
</context>
<context>
    <name>RemoteEndpointsDialog</name>
    <message>
        <location filename="../../ui/widgets/remote_endpoints_dialog.py" line="+77"/>
        <source>Remote backends</source>
        <translation>Entfernte Backends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. lab</source>
        <translation>z. B. labor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if the server asks for one</source>
        <translation>Nur wenn der Server einen verlangt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any OpenAI-compatible server: llama.cpp&apos;s llama-server, vLLM, Ollama. What you send to a remote model leaves this computer.</source>
        <translation>Jeder OpenAI-kompatible Server: llama-server von llama.cpp, vLLM, Ollama. Was Sie an ein entferntes Modell senden, verlässt diesen Computer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not listed yet</source>
        <translation>noch nicht abgefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key saved</source>
        <translation>Schlüssel gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a name and an address starting with http:// or https://.</source>
        <translation>Geben Sie einen Namen und eine Adresse an, die mit http:// oder https:// beginnt.</translation>
    </message>
</context>
<context>
    <name>RemoteTexts</name>
    <message>
        <location filename="../../ui/widgets/remote_texts.py" line="+11"/>
        <source>The model runs on %1: the passages found in your documents are sent there with your question and leave this computer.</source>
        <translation>Das Modell läuft auf %1: Die in Ihren Dokumenten gefundenen Passagen werden mit Ihrer Frage dorthin gesendet und verlassen diesen Computer.</translation>
    </message>
</context>
<context>
    <name>ReplyLimitBox</name>
    <message>
        <location filename="../../ui/widgets/reply_limit.py" line="+51"/>
        <source>Reply limit (tokens):</source>
        <translation>Antwortlänge (Token):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reply stops after this many tokens; a token is about three quarters of a word.</source>
        <translation>Eine Antwort endet nach so vielen Token; ein Token ist etwa drei Viertel eines Wortes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply limit in tokens</source>
        <translation>Antwortlänge in Token</translation>
    </message>
</context>
<context>
    <name>SamplingDialog</name>
    <message>
        <location filename="../../ui/widgets/sampling_dialog.py" line="+95"/>
        <source>Sampling settings of this chat</source>
        <translation>Sampling-Einstellungen dieses Chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System prompt (what the model reads before the conversation):</source>
        <translation>Systemprompt (was das Modell vor der Unterhaltung liest):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-30"/>
        <location filename="../../ui/widgets/sampling_dialog.py" line="+1"/>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/sampling_dialog.py" line="+0"/>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sampling_dialog.py" line="+0"/>
        <source>Top-k:</source>
        <translation>Top-k:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min-p:</source>
        <translation>Min-p:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat penalty:</source>
        <translation>Wiederholungsstrafe:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply limit (tokens):</source>
        <translation>Antwortlänge (Token):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed:</source>
        <translation>Startwert (Seed):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower temperature: steadier, more predictable replies. The same seed and settings give the same reply. Restore Defaults sets Meta&apos;s recommended values for Llama 3.1 Instruct.</source>
        <translation>Niedrigere Temperatur: gleichmäßigere, vorhersehbarere Antworten. Derselbe Seed mit denselben Einstellungen ergibt dieselbe Antwort. „Standardwerte wiederherstellen“ setzt die von Meta empfohlenen Werte für Llama 3.1 Instruct.</translation>
    </message>
</context>
<context>
    <name>SearchFilterRow</name>
    <message>
        <location filename="../../ui/widgets/search_filters.py" line="+63"/>
        <source>Any model</source>
        <translation>Jedes Modell</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only replies of this model</source>
        <translation>Nur Antworten dieses Modells</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only messages from this time on</source>
        <translation>Nur Nachrichten ab diesem Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>ServeGroup</name>
    <message>
        <location filename="../../ui/widgets/serve_group.py" line="+49"/>
        <source>Local API</source>
        <translation>Lokale API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve the loaded model to other programs on this computer (%1)</source>
        <translation>Das geladene Modell anderen Programmen auf diesem Computer bereitstellen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 is taken by another program (or cannot be opened): choose another port.</source>
        <translation>Port %1 wird von einem anderen Programm belegt (oder lässt sich nicht öffnen): Wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listening at %1/v1 for OpenAI-compatible programs; only programs on this computer can connect.</source>
        <translation>Wartet unter %1/v1 auf OpenAI-kompatible Programme; nur Programme auf diesem Computer können sich verbinden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off: Paddock opens no port.</source>
        <translation>Aus: Paddock öffnet keinen Port.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="+113"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models folder:</source>
        <translation>Modellordner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hub address:</source>
        <translation>Hub-Adresse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hugging Face token:</source>
        <translation>Hugging-Face-Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default context:</source>
        <translation>Standardkontext:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default KV cache:</source>
        <translation>Standard-KV-Cache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote backends…</source>
        <translation>Entfernte Backends…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddock&apos;s own folder</source>
        <translation>Der eigene Ordner von Paddock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://huggingface.co, or a mirror</source>
        <translation>https://huggingface.co oder ein Spiegelserver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: %1 (type a new one to replace it)</source>
        <translation>Gespeichert: %1 (zum Ersetzen ein neues eingeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for Meta&apos;s gated repositories</source>
        <translation>Nur für die zugangsbeschränkten Repositorys von Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the saved token</source>
        <translation>Gespeichertes Token vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per core</source>
        <translation>Einer pro Kern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes apply at once; models in the previous folder stay where they are.</source>
        <translation>Änderungen gelten sofort; Modelle im bisherigen Ordner bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../ui/widgets/transcript_view.py" line="+219"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(cut off: the context is full. Start a new chat, or load the model with a longer context.)</source>
        <translation>(abgeschnitten: Der Kontext ist voll. Beginnen Sie einen neuen Chat oder laden Sie das Modell mit einem längeren Kontext.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(stopped)</source>
        <translation>(angehalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(failed)</source>
        <translation>(fehlgeschlagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(cut off: Paddock closed while writing this reply)</source>
        <translation>(abgebrochen: Paddock wurde beendet, während diese Antwort entstand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(still being written)</source>
        <translation>(wird noch geschrieben)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regenerate</source>
        <translation>Neu schreiben</translation>
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
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>(outside the context: the model did not see this message)</source>
        <translation>(außerhalb des Kontexts: das Modell hat diese Nachricht nicht gesehen)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show %1 earlier messages</source>
        <translation>%1 frühere Nachrichten anzeigen</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, page %2</source>
        <translation>%1, Seite %2</translation>
    </message>
</context>
<context>
    <name>WindowShortcuts</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="+61"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new line in the message</source>
        <translation>Neue Zeile in der Nachricht beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an empty message box: edit your last message (both versions are kept)</source>
        <translation>Im leeren Nachrichtenfeld: Ihre letzte Nachricht bearbeiten (beide Fassungen bleiben erhalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply</source>
        <translation>Antwort anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new chat</source>
        <translation>Neuen Chat beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the last reply again</source>
        <translation>Letzte Antwort neu schreiben lassen</translation>
    </message>
</context>
</TS>
