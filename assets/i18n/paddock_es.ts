<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppError</name>
    <message>
        <location filename="../../app/gguf_file.py" line="+322"/>
        <source>Paddock is not allowed to read the model file {path} (permission denied). Check the permissions of the file and of its folders.</source>
        <translation>Paddock no tiene permiso para leer el archivo de modelo {path} (permiso denegado). Revise los permisos del archivo y de sus carpetas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model file {path} cannot be read: {reason}.</source>
        <translation>No se puede leer el archivo de modelo {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model file does not exist: {path}</source>
        <translation>El archivo de modelo no existe: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model path is not a file: {path}</source>
        <translation>La ruta del modelo no es un archivo: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a GGUF model file (it does not start with &apos;GGUF&apos;). Paddock runs llama.cpp models in GGUF format.</source>
        <translation>{name} no es un archivo de modelo GGUF (no empieza por &apos;GGUF&apos;). Paddock ejecuta modelos de llama.cpp en formato GGUF.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is damaged or incomplete: {damage}.</source>
        <translation>{name} está dañado o incompleto: {damage}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is damaged: its header says its tensors end at byte {end:,}, far beyond the size of any model.</source>
        <translation>{name} está dañado: su cabecera dice que sus tensores terminan en el byte {end:,}, mucho más allá del tamaño de cualquier modelo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is truncated: it holds {size:,} bytes but its tensors need {end:,}. The download or copy did not finish; fetch the file again.</source>
        <translation>{name} está truncado: tiene {size:,} bytes, pero sus tensores necesitan {end:,}. La descarga o la copia no terminó; vuelva a obtener el archivo.</translation>
    </message>
    <message>
        <location line="+137"/>
        <location filename="../../app/hub/transfer.py" line="+331"/>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/arena/battle_file.py" line="+71"/>
        <source>{name}, line {line}: a battle needs model_a, model_b and winner.</source>
        <translation>{name}, línea {line}: un enfrentamiento necesita model_a, model_b y winner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, line {line}: winner must be one of {winners}, not {winner}.</source>
        <translation>{name}, línea {line}: winner debe ser uno de estos valores: {winners}, no {winner}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}, line {line}: tstamp must be a number of seconds.</source>
        <translation>{name}, línea {line}: tstamp debe ser un número de segundos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}, line {line}: {cause}</source>
        <translation>{name}, línea {line}: {cause}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/store/import_files.py" line="+61"/>
        <location line="+34"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}, line {line}: not JSON ({reason}).</source>
        <translation>{name}, línea {line}: no es JSON ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/arena/votes.py" line="+68"/>
        <source>A vote compares at least two models.</source>
        <translation>Un voto compara al menos dos modelos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vote compares different models; the same one was given twice.</source>
        <translation>Un voto compara modelos distintos; se indicó el mismo dos veces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the winning pane exactly when the outcome is a win.</source>
        <translation>Indique el panel ganador solo cuando el resultado sea una victoria.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no pane {pane} in a vote between {count} models.</source>
        <translation>No hay un panel {pane} en un voto entre {count} modelos.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/embedding_entries.py" line="+97"/>
        <location filename="../../app/catalog/entries.py" line="+264"/>
        <source>{where}: unknown family {family}.</source>
        <translation>{where}: familia desconocida {family}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/catalog/entries.py" line="+9"/>
        <source>{where}: hf_repo must be &apos;owner/name&apos;, got {repo}.</source>
        <translation>{where}: hf_repo debe tener la forma &apos;owner/name&apos;, pero es {repo}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}.architecture: pooling must be one of {poolings}.</source>
        <translation>{where}.architecture: pooling debe ser uno de estos: {poolings}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}.architecture: n_embd ({n_embd}) is not a multiple of n_head ({n_head}).</source>
        <translation>{where}.architecture: n_embd ({n_embd}) no es múltiplo de n_head ({n_head}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: an embedding model needs at least one GGUF download (it is not made locally).</source>
        <translation>{where}: un modelo de embeddings necesita al menos una descarga GGUF (no se genera localmente).</translation>
    </message>
    <message>
        <location filename="../../app/catalog/entries.py" line="-188"/>
        <source>Unknown embedding model {model_id}. Known embedding models: {known}.</source>
        <translation>Modelo de embeddings desconocido: {model_id}. Modelos de embeddings conocidos: {known}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown model {model_id}. Known models: {known}.</source>
        <translation>Modelo desconocido: {model_id}. Modelos conocidos: {known}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where}: expected a mapping, got {type}.</source>
        <translation>{where}: se esperaba un mapeo (mapping), pero se encontró {type}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: missing field(s) {fields}.</source>
        <translation>{where}: faltan campos: {fields}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: unknown field(s) {fields}.</source>
        <translation>{where}: campos desconocidos: {fields}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: field {key} must be {type}, got {value}.</source>
        <translation>{where}: el campo {key} debe ser de tipo {type}, pero es {value}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{where}: {problems}.</source>
        <translation>{where}: {problems}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: n_head x head_dim ({n_head} x {head_dim}) != n_embd ({n_embd}); every Llama 3 model has n_embd = n_head x head_dim.</source>
        <translation>{where}: n_head x head_dim ({n_head} x {head_dim}) != n_embd ({n_embd}); todo modelo Llama 3 tiene n_embd = n_head x head_dim.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path}: name the first part of a split model (-00001-of-...).</source>
        <translation>{path}: indique la primera parte de un modelo dividido (-00001-of-...).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: gguf must be a list of repositories.</source>
        <translation>{where}: gguf debe ser una lista de repositorios.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+39"/>
        <source>{where}: unknown quantization {quant}; known: {known}.</source>
        <translation>{where}: cuantización desconocida {quant}; las conocidas son: {known}.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{where}: {quant} has a file but is not offered (quantizations).</source>
        <translation>{where}: {quant} tiene un archivo, pero no se ofrece (quantizations).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {quant} file must be a .gguf path, got {path}.</source>
        <translation>{where}: el archivo {quant} debe ser una ruta .gguf, pero es {path}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The catalog has no families (licences).</source>
        <translation>El catálogo no tiene familias (licencias).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{source}: schema {schema} is not supported (expected {expected}).</source>
        <translation>{source}: el esquema {schema} no es compatible (se esperaba {expected}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{where}: kind must be embedding (or left out for a Llama).</source>
        <translation>{where}: kind debe ser embedding (u omitirse para un Llama).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>{where}: duplicate id {id}.</source>
        <translation>{where}: id {id} duplicado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: purpose must be one of {purposes}.</source>
        <translation>{where}: purpose debe ser uno de estos: {purposes}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{source}: no models.</source>
        <translation>{source}: no hay modelos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The model catalog {path} cannot be read: {reason}</source>
        <translation>No se puede leer el catálogo de modelos {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/documents/collections.py" line="+38"/>
        <source>There is no document collection named {name}.</source>
        <translation>No hay ninguna colección de documentos llamada {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A document collection needs a name.</source>
        <translation>Una colección de documentos necesita un nombre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>These were not added to {collection} as such: {paths} (see `paddock-cli docs list {name}`).</source>
        <translation>Estos elementos no se añadieron tal cual a {collection}: {paths} (consulte `paddock-cli docs list {name}`).</translation>
    </message>
    <message>
        <location filename="../../app/documents/docx_reader.py" line="+24"/>
        <source>not a readable Word document ({reason})</source>
        <translation>no es un documento de Word legible ({reason})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the document has no text</source>
        <translation>el documento no tiene texto</translation>
    </message>
    <message>
        <location filename="../../app/documents/extract.py" line="+43"/>
        <source>old Word format (.doc): save it as .docx</source>
        <translation>formato antiguo de Word (.doc): guárdelo como .docx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument text is not read yet: save it as .docx</source>
        <translation>el texto OpenDocument aún no se lee: guárdelo como .docx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RTF is not read: save it as .docx</source>
        <translation>RTF no se lee: guárdelo como .docx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image (text recognition is not done)</source>
        <translation>una imagen (no se hace reconocimiento de texto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported file type (no extension)</source>
        <translation>tipo de archivo no compatible (sin extensión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported file type ({suffix})</source>
        <translation>tipo de archivo no compatible ({suffix})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>damaged or malformed ({error}: {reason})</source>
        <translation>dañado o con formato incorrecto ({error}: {reason})</translation>
    </message>
    <message>
        <location filename="../../app/documents/html_reader.py" line="+65"/>
        <source>the page has no text</source>
        <translation>la página no tiene texto</translation>
    </message>
    <message>
        <location filename="../../app/documents/pdf_reader.py" line="+25"/>
        <source>not a readable PDF ({reason})</source>
        <translation>no es un PDF legible ({reason})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>page {page} cannot be read ({reason})</source>
        <translation>no se puede leer la página {page} ({reason})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>scanned, no text layer (text recognition is not done)</source>
        <translation>escaneado, sin capa de texto (no se hace reconocimiento de texto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no text on page(s) {pages}</source>
        <translation>sin texto en la(s) página(s) {pages}</translation>
    </message>
    <message>
        <location filename="../../app/documents/schema.py" line="+160"/>
        <source>The documents database {path} was written by a newer version of Paddock (it has changes this version does not know: {changes}). Update Paddock to open it. The file was left unchanged.</source>
        <translation>La base de datos de documentos {path} la escribió una versión más reciente de Paddock (tiene cambios que esta versión no conoce: {changes}). Actualice Paddock para abrirla. El archivo no se modificó.</translation>
    </message>
    <message>
        <location filename="../../app/documents/text_readers.py" line="+62"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../app/engine/chat_template.py" line="+79"/>
        <source>The model&apos;s chat template cannot be compiled: {reason}</source>
        <translation>La plantilla de chat del modelo no se puede compilar: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model&apos;s chat template tried an unsafe operation and was stopped: {reason}. The file may be malicious; Paddock will not use it.</source>
        <translation>La plantilla de chat del modelo intentó una operación no segura y se detuvo: {reason}. El archivo podría ser malicioso; Paddock no lo usará.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model&apos;s chat template failed: {reason}</source>
        <translation>La plantilla de chat del modelo falló: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model&apos;s chat template failed: {error_type}: {reason}</source>
        <translation>La plantilla de chat del modelo falló: {error_type}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model&apos;s chat template produced an impossibly long prompt.</source>
        <translation>La plantilla de chat del modelo generó un prompt imposiblemente largo.</translation>
    </message>
    <message>
        <location filename="../../app/engine/client.py" line="+69"/>
        <source>The model&apos;s worker process</source>
        <translation>El proceso de trabajo del modelo</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{exit} The reply streamed so far was kept.</source>
        <translation>{exit} Se conservó la parte de la respuesta recibida hasta ahora.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location filename="../../app/engine/worker.py" line="+38"/>
        <source>No model is loaded. Load a GGUF model first.</source>
        <translation>No hay ningún modelo cargado. Cargue primero un modelo GGUF.</translation>
    </message>
    <message>
        <location filename="../../app/engine/llama_backend.py" line="+95"/>
        <source>This version of llama.cpp (llama-cpp-python {version}) cannot run {name}: {reason}</source>
        <translation>Esta versión de llama.cpp (llama-cpp-python {version}) no puede ejecutar {name}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>llama.cpp could not create a {n_ctx:,}-token context for {name} (often not enough memory; try a shorter context or a q8_0 KV cache): {reason}</source>
        <translation>llama.cpp no pudo crear un contexto de {n_ctx:,} tokens para {name} (a menudo por falta de memoria; pruebe un contexto más corto o una caché KV q8_0): {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+274"/>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp no pudo cargar {name}: {reason}</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>llama.cpp failed while reading the prompt: {reason}</source>
        <translation>llama.cpp falló al leer el prompt: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>llama.cpp failed while generating: {reason}</source>
        <translation>llama.cpp falló durante la generación: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>llama.cpp could not parse the grammar for this reply.</source>
        <translation>llama.cpp no pudo analizar la gramática de esta respuesta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <source>llama.cpp could not embed the text: {reason}</source>
        <translation>llama.cpp no pudo calcular los embeddings del texto: {reason}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This JSON schema cannot be turned into a grammar: {reason}</source>
        <translation>Este esquema JSON no se puede convertir en una gramática: {reason}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>llama.cpp failed to evaluate {count} tokens: {reason}</source>
        <translation>llama.cpp no pudo evaluar {count} tokens: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>llama.cpp loaded {name} but could not tokenize text: {reason}</source>
        <translation>llama.cpp cargó {name}, pero no pudo tokenizar el texto: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>llama.cpp loaded {name} but tokenized text to nothing.</source>
        <translation>llama.cpp cargó {name}, pero al tokenizar el texto no obtuvo ningún token.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown quantization {quant_type!r}; known: {known}.</source>
        <translation>Cuantización desconocida {quant_type!r}; las conocidas son: {known}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>llama.cpp could not quantize {name} to {quant_type}: code {code}</source>
        <translation>llama.cpp no pudo cuantizar {name} a {quant_type}: código {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>llama.cpp could not quantize {name} to {quant_type}: {reason}</source>
        <translation>llama.cpp no pudo cuantizar {name} a {quant_type}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/engine/loaded_model.py" line="+48"/>
        <source>{name} has no chat template (tokenizer.chat_template); Paddock needs an instruct model with its template.</source>
        <translation>{name} no tiene plantilla de chat (tokenizer.chat_template); Paddock necesita un modelo instruct con su plantilla.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} has no chat template: it was loaded for embeddings only.</source>
        <translation>{name} no tiene plantilla de chat: se cargó solo para embeddings.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This model was not loaded for embeddings; load it with embeddings on.</source>
        <translation>Este modelo no se cargó para embeddings; cárguelo con los embeddings activados.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The conversation needs {tokens:,} tokens but the context holds {n_ctx:,}. Start a new conversation, remove messages, or load the model with a longer context.</source>
        <translation>La conversación necesita {tokens:,} tokens, pero el contexto admite {n_ctx:,}. Inicie una conversación nueva, quite mensajes o cargue el modelo con un contexto más largo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The prompt needs {tokens:,} tokens but the context holds {n_ctx:,}. Shorten the prompt, or load the model with a longer context.</source>
        <translation>El prompt necesita {tokens:,} tokens, pero el contexto admite {n_ctx:,}. Acorte el prompt o cargue el modelo con un contexto más largo.</translation>
    </message>
    <message>
        <location filename="../../app/engine/preflight.py" line="+28"/>
        <source>Open the first part of a split model: {name}</source>
        <translation>Abra la primera parte de un modelo dividido: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This model is split into {parts} files and {missing} are missing: {names}</source>
        <translation>Este modelo está dividido en {parts} archivos y faltan {missing}: {names}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} was trained for a context of {trained:,} tokens; {n_ctx:,} were asked for. Choose {trained:,} or less.</source>
        <translation>{name} se entrenó para un contexto de {trained:,} tokens; se pidieron {n_ctx:,}. Elija {trained:,} o menos.</translation>
    </message>
    <message>
        <location filename="../../app/engine/settings.py" line="+42"/>
        <source>Unknown KV cache type {kv_cache_type!r}; use one of {known}.</source>
        <translation>Tipo de caché KV desconocido {kv_cache_type!r}; use uno de estos: {known}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A context of {n_ctx} tokens is too small (minimum 16).</source>
        <translation>Un contexto de {n_ctx} tokens es demasiado pequeño (mínimo 16).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads and batch sizes must be at least 1.</source>
        <translation>Los hilos y los tamaños de lote deben ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert.py" line="+131"/>
        <source>The checkpoint is missing {count} weight(s): {names} (config.json says tie_word_embeddings is false).</source>
        <translation>Al checkpoint le faltan pesos ({count}): {names} (config.json indica que tie_word_embeddings es false).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checkpoint is missing {count} weight(s): {names}.</source>
        <translation>Al checkpoint le faltan pesos ({count}): {names}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The checkpoint has weights a plain Llama does not: {names}. Is it a LlamaForCausalLM checkpoint?</source>
        <translation>El checkpoint tiene pesos que un Llama normal no tiene: {names}. ¿Es un checkpoint LlamaForCausalLM?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weight {weight} has shape {shape} but config.json implies {expected}.</source>
        <translation>El peso {weight} tiene forma {shape}, pero según config.json debería ser {expected}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight {weight} is stored as {dtype}; Paddock converts F32, F16 and BF16 checkpoints, not pre-quantized ones.</source>
        <translation>El peso {weight} está almacenado como {dtype}; Paddock convierte checkpoints F32, F16 y BF16, no los ya cuantizados.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Not enough disk space for {name}: it needs about {needed_gb:.1f} GB and {folder} has {free_gb:.1f} GB free.</source>
        <translation>No hay suficiente espacio en disco para {name}: necesita unos {needed_gb:.1f} GB y {folder} tiene {free_gb:.1f} GB libres.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{cause} (llama-cpp-python {version})</source>
        <translation>{cause} (llama-cpp-python {version})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The load check</source>
        <translation>La comprobación de carga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The converted {name} does not load in llama.cpp, so it was deleted. {cause}</source>
        <translation>El archivo convertido {name} no se carga en llama.cpp, así que se ha eliminado. {cause}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown output type {out_type}; choose one of {choices}.</source>
        <translation>Tipo de salida desconocido {out_type}; elija uno de estos: {choices}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The checkpoint folder does not exist: {folder}</source>
        <translation>La carpeta del checkpoint no existe: {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/hub/quantize.py" line="+185"/>
        <source>{path} already exists; choose another name or allow overwriting.</source>
        <translation>{path} ya existe; elija otro nombre o permita sobrescribirlo.</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert_config.py" line="+31"/>
        <source>config.json is missing from {folder}; it is not a Hugging Face checkpoint folder.</source>
        <translation>Falta config.json en {folder}; no es una carpeta de checkpoint de Hugging Face.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/hub/convert_tokenizer.py" line="+83"/>
        <location filename="../../app/hub/safetensors_reader.py" line="+120"/>
        <source>{name} in {folder} cannot be read ({reason}).</source>
        <translation>No se puede leer {name} en {folder} ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>config.json in {folder} is not a JSON object.</source>
        <translation>config.json en {folder} no es un objeto JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This checkpoint is not a Llama: architectures={archs}. Paddock converts {supported} checkpoints.</source>
        <translation>Este checkpoint no es un Llama: architectures={archs}. Paddock convierte checkpoints {supported}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This checkpoint is not a Llama: config.json has no architectures and model_type={model_type}.</source>
        <translation>Este checkpoint no es un Llama: config.json no tiene architectures y model_type={model_type}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} lacks the key {key}, which a Llama checkpoint must have.</source>
        <translation>A {where} le falta la clave {key}, que un checkpoint Llama debe tener.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} has {key}={value}; a whole number is needed.</source>
        <translation>{where} tiene {key}={value}; se necesita un número entero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} has {key}={value}; a number is needed.</source>
        <translation>{where} tiene {key}={value}; se necesita un número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} has {key}={value}; it must be positive.</source>
        <translation>{where} tiene {key}={value}; debe ser positivo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>config.json has a rope_scaling that is not an object: {value}.</source>
        <translation>config.json tiene un rope_scaling que no es un objeto: {value}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where} has high_freq_factor &lt;= low_freq_factor.</source>
        <translation>{where} tiene high_freq_factor &lt;= low_freq_factor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>config.json asks for {rope_type} rope scaling; Paddock converts Llama checkpoints with no, linear or llama3 rope scaling.</source>
        <translation>config.json pide un escalado RoPE {rope_type}; Paddock convierte checkpoints Llama sin escalado RoPE o con escalado linear o llama3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>config.json has num_attention_heads={n_head}, not a multiple of num_key_value_heads={n_kv_head}.</source>
        <translation>config.json tiene num_attention_heads={n_head}, que no es múltiplo de num_key_value_heads={n_kv_head}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>config.json gives an odd head dimension ({head_dim}); rotary embeddings need an even one.</source>
        <translation>config.json indica una dimensión de cabeza impar ({head_dim}); los rotary embeddings necesitan una par.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config.json has hidden_act={act}; Llama uses &apos;silu&apos;.</source>
        <translation>config.json tiene hidden_act={act}; Llama usa &apos;silu&apos;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>config.json describes a Llama llama.cpp cannot run: {problems}.</source>
        <translation>config.json describe un Llama que llama.cpp no puede ejecutar: {problems}.</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert_tokenizer.py" line="-8"/>
        <source>{name} is missing from {folder}; it holds the tokenizer.</source>
        <translation>Falta {name} en {folder}; es el archivo que contiene el tokenizador.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>tokenizer.json holds a tokenizer of unknown type; Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json contiene un tokenizador de tipo desconocido; Paddock convierte tokenizadores BPE a nivel de bytes (Llama 3 y posteriores).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tokenizer.json holds a {type} tokenizer; Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json contiene un tokenizador {type}; Paddock convierte tokenizadores BPE a nivel de bytes (Llama 3 y posteriores).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tokenizer.json is a BPE tokenizer but not a byte-level one (e.g. Llama 2&apos;s SentencePiece tokenizer); Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json es un tokenizador BPE, pero no a nivel de bytes (p. ej., el tokenizador SentencePiece de Llama 2); Paddock convierte tokenizadores BPE a nivel de bytes (Llama 3 y posteriores).</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>tokenizer.json has an empty vocabulary.</source>
        <translation>tokenizer.json tiene un vocabulario vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tokenizer.json has token id {token_id} but config.json says vocab_size={vocab_size}.</source>
        <translation>tokenizer.json tiene el id de token {token_id}, pero config.json indica vocab_size={vocab_size}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>tokenizer_config.json names {key} {token}, which is not in the vocabulary.</source>
        <translation>tokenizer_config.json indica {token} como {key}, pero no está en el vocabulario.</translation>
    </message>
    <message>
        <location filename="../../app/hub/download.py" line="+98"/>
        <source>&apos;{name}&apos; is not a file name inside a repository.</source>
        <translation>&apos;{name}&apos; no es un nombre de archivo dentro de un repositorio.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The disk holding {folder} is full: {reason}. Free some space and try again.</source>
        <translation>El disco que contiene {folder} está lleno: {reason}. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write into the models folder {folder}: {reason}</source>
        <translation>No se puede escribir en la carpeta de modelos {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is already being downloaded by another Paddock window or paddock-cli. Wait for it to finish, or stop it first.</source>
        <translation>{name} ya se está descargando en otra ventana de Paddock o con paddock-cli. Espere a que termine o detenga primero esa descarga.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A different file already exists at {path}. Delete it (paddock-cli models delete) or download into another folder.</source>
        <translation>Ya existe un archivo distinto en {path}. Elimínelo (paddock-cli models delete) o descargue en otra carpeta.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not enough disk space in {folder}: this download needs {need} more (and Paddock leaves {reserve} free), but only {free} is free. Free some space or choose another models folder.</source>
        <translation>No hay suficiente espacio en disco en {folder}: esta descarga necesita {need} más (y Paddock deja {reserve} libres), pero solo hay {free} libres. Libere espacio o elija otra carpeta de modelos.</translation>
    </message>
    <message>
        <location filename="../../app/hub/hub_api.py" line="+55"/>
        <source>The hub address &apos;{endpoint}&apos; is not a web address; use e.g. {default} or a mirror&apos;s https:// address.</source>
        <translation>La dirección del hub &apos;{endpoint}&apos; no es una dirección web; use, por ejemplo, {default} o la dirección https:// de un espejo.</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+101"/>
        <source>{repo_id} (revision {revision}) has no file &apos;{name}&apos;.</source>
        <translation>{repo_id} (revisión {revision}) no tiene ningún archivo &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>{cause} The repository has no .gguf files at {revision}.</source>
        <translation>{cause} El repositorio no tiene archivos .gguf en la revisión {revision}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cause} GGUF files there: {names} and {more} more.</source>
        <translation>{cause} Archivos GGUF disponibles: {names} y {more} más.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cause} GGUF files there: {names}.</source>
        <translation>{cause} Archivos GGUF disponibles: {names}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your Hugging Face token works, but this account has no access to {repo_id} yet. Open {page}, accept the license and request access; downloading works once the request is approved (the page shows its status). If access was already granted, check that the token may read gated repositories (fine-grained tokens need &apos;Read access to contents of all public gated repos you can access&apos;).</source>
        <translation>Su token de Hugging Face funciona, pero esta cuenta todavía no tiene acceso a {repo_id}. Abra {page}, acepte la licencia y solicite acceso; la descarga funcionará en cuanto se apruebe la solicitud (la página muestra su estado). Si ya se concedió el acceso, compruebe que el token pueda leer repositorios de acceso restringido (los tokens detallados necesitan &apos;Read access to contents of all public gated repos you can access&apos;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{repo_id} is a gated model: its authors ask everyone to accept their license first. 1) Open {page} while logged in to Hugging Face and accept the license. 2) Create a token with read access at {tokens_page}. 3) Enter it in Paddock&apos;s settings (Hugging Face token) or set the HF_TOKEN environment variable (paddock-cli also takes --token).</source>
        <translation>{repo_id} es un modelo de acceso restringido: sus autores piden a todos que acepten primero su licencia. 1) Abra {page} con la sesión iniciada en Hugging Face y acepte la licencia. 2) Cree un token con acceso de lectura en {tokens_page}. 3) Introdúzcalo en la configuración de Paddock (token de Hugging Face) o defina la variable de entorno HF_TOKEN (paddock-cli también admite --token).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{repo_id} has no branch, tag or commit named &apos;{revision}&apos;.</source>
        <translation>{repo_id} no tiene ninguna rama, etiqueta ni commit llamado &apos;{revision}&apos;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub has disabled access to {repo_id}.</source>
        <translation>El hub ha desactivado el acceso a {repo_id}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no model &apos;{repo_id}&apos; on {endpoint}, or it is private. Check the name (e.g. meta-llama/Llama-3.2-1B-Instruct); a private repository needs a token that can read it.</source>
        <translation>No existe ningún modelo &apos;{repo_id}&apos; en {endpoint}, o es privado. Revise el nombre (por ejemplo, meta-llama/Llama-3.2-1B-Instruct); un repositorio privado necesita un token que pueda leerlo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{repo_id}&apos; is not a valid repository name ({reason}). Use owner/name.</source>
        <translation>&apos;{repo_id}&apos; no es un nombre de repositorio válido ({reason}). Use el formato propietario/nombre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hugging Face offline mode is on (HF_HUB_OFFLINE is set); unset it to download models.</source>
        <translation>El modo sin conexión de Hugging Face está activado (HF_HUB_OFFLINE está definida); elimine esa variable para descargar modelos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not reach {endpoint}: {reason}. Check the internet connection, a proxy, or the hub address (mirror) in the settings.</source>
        <translation>No se pudo conectar con {endpoint}: {reason}. Revise la conexión a internet, un proxy o la dirección del hub (espejo) en la configuración.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The hub refused the Hugging Face token (invalid, expired or revoked). Create a new one at {tokens_page} and enter it in the settings or HF_TOKEN.</source>
        <translation>El hub rechazó el token de Hugging Face (no válido, caducado o revocado). Cree uno nuevo en {tokens_page} e introdúzcalo en la configuración o en HF_TOKEN.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The hub refused access to {repo_id} ({status}). If it is gated or private, accept its license at {page} and use a token with read access ({tokens_page}).</source>
        <translation>El hub denegó el acceso a {repo_id} ({status}). Si es restringido o privado, acepte su licencia en {page} y use un token con acceso de lectura ({tokens_page}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The hub is limiting requests from this address (429). Wait a few minutes and try again.</source>
        <translation>El hub está limitando las solicitudes desde esta dirección (429). Espere unos minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hub at {endpoint} answered with error {status}; it may be busy or down. Try again in a few minutes.</source>
        <translation>El hub en {endpoint} respondió con el error {status}; puede que esté saturado o fuera de servicio. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hub refused the request ({status}): {reason}</source>
        <translation>El hub rechazó la solicitud ({status}): {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/installed.py" line="+83"/>
        <source>{missing} of its {total} parts are missing: {names}</source>
        <translation>Faltan {missing} de sus {total} partes: {names}</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>{name} belongs to another app ({source}); delete it there. Paddock deletes only models in its own models folder.</source>
        <translation>{name} pertenece a otra aplicación ({source}); elimínelo desde allí. Paddock solo elimina modelos de su propia carpeta de modelos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is not inside the models folder {folder}.</source>
        <translation>{path} no está dentro de la carpeta de modelos {folder}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{path} cannot be used: {cause}</source>
        <translation>{path} no se puede usar: {cause}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} already exists; choose another name or delete it first.</source>
        <translation>{path} ya existe; elija otro nombre o elimínelo primero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough disk space to copy {name} ({size}); {free} is free. Free some space, or reference the file where it is instead.</source>
        <translation>No hay suficiente espacio en disco para copiar {name} ({size}); hay {free} libres. Libere espacio o, en su lugar, haga referencia al archivo donde está.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not copy {name}: {reason}</source>
        <translation>No se pudo copiar {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/quantize.py" line="-131"/>
        <source>Unknown or unsupported quantization &apos;{quant_type}&apos;; choose one of {choices}.</source>
        <translation>Cuantización &apos;{quant_type}&apos; desconocida o no admitida; elija una de estas: {choices}.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>{name} is already quantized ({types} tensors). Quantizing it again loses more quality than quantizing its F16/BF16 original; allow re-quantizing to do it anyway.</source>
        <translation>{name} ya está cuantizado (tensores {types}). Cuantizarlo de nuevo pierde más calidad que cuantizar su original F16/BF16; permita la recuantización para hacerlo de todos modos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quantized model must be written to a new file, not over its source.</source>
        <translation>El modelo cuantizado debe escribirse en un archivo nuevo, no encima del original.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The quantization process</source>
        <translation>El proceso de cuantización</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>llama.cpp wrote a {file_type} file, not {quant_type}.</source>
        <translation>llama.cpp escribió un archivo {file_type}, no {quant_type}.</translation>
    </message>
    <message>
        <location filename="../../app/hub/safetensors_reader.py" line="-64"/>
        <source>{name} is not a valid safetensors file (the file is shorter than a safetensors header).</source>
        <translation>{name} no es un archivo safetensors válido (el archivo es más corto que una cabecera safetensors).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a valid safetensors file (header length {length:,} does not fit the file).</source>
        <translation>{name} no es un archivo safetensors válido (la longitud de cabecera {length:,} no cabe en el archivo).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read {path}: {reason}</source>
        <translation>No se pudo leer {path}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a valid safetensors file ({reason}).</source>
        <translation>{name} no es un archivo safetensors válido ({reason}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file}: the header entry for {tensor} is damaged ({reason}).</source>
        <translation>{file}: la entrada de cabecera de {tensor} está dañada ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is truncated: tensor {tensor} needs bytes up to {end:,} but the file holds {size:,}. The download did not finish; fetch it again.</source>
        <translation>{file} está truncado: el tensor {tensor} necesita bytes hasta {end:,}, pero el archivo tiene {size:,}. La descarga no terminó; descárguelo de nuevo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: tensor {tensor} has {size:,} bytes, not what {dtype}{shape} needs.</source>
        <translation>{file}: el tensor {tensor} tiene {size:,} bytes, no los que necesita {dtype}{shape}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{folder} is missing weight shard(s) listed in {index}: {shards}.</source>
        <translation>En {folder} faltan fragmentos de pesos listados en {index}: {shards}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No safetensors weights (*.safetensors) were found in {folder} (PyTorch .pth/.bin weights were found: Paddock converts the Hugging Face safetensors format).</source>
        <translation>No se encontraron pesos safetensors (*.safetensors) en {folder} (se encontraron pesos PyTorch .pth/.bin: Paddock convierte el formato safetensors de Hugging Face).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No safetensors weights (*.safetensors) were found in {folder}.</source>
        <translation>No se encontraron pesos safetensors (*.safetensors) en {folder}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{index} lists weights that are not in their shard: {weights}.</source>
        <translation>{index} lista pesos que no están en su fragmento: {weights}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tensor {tensor} is stored as {dtype}; Paddock converts F32, F16 and BF16 checkpoints (not pre-quantized ones).</source>
        <translation>El tensor {tensor} está almacenado como {dtype}; Paddock convierte checkpoints F32, F16 y BF16 (no los ya cuantizados).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file} ended while reading {tensor}.</source>
        <translation>{file} terminó mientras se leía {tensor}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read {tensor} from {path}: {reason}</source>
        <translation>No se pudo leer {tensor} de {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/transfer.py" line="-141"/>
        <source>Cannot download {url}: {reason}</source>
        <translation>No se puede descargar {url}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The download of {name} failed {failures} times in a row ({reason}). The {have:,} bytes received are kept; start the download again to resume.</source>
        <translation>La descarga de {name} falló {failures} veces seguidas ({reason}). Se conservan los {have:,} bytes recibidos; vuelva a iniciar la descarga para reanudarla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub sent {name} round in redirect circles: {reason}</source>
        <translation>El hub envió {name} a un bucle de redirecciones: {reason}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The download server refused {name} ({status}).</source>
        <translation>El servidor de descargas rechazó {name} ({status}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sent another part of {name} than asked for ({content_range} for bytes {have}-): the file on the hub may have changed. Nothing was installed; try again.</source>
        <translation>El servidor envió una parte de {name} distinta de la solicitada ({content_range} para los bytes {have}-): puede que el archivo haya cambiado en el hub. No se instaló nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sends {length:,} bytes for {name} but the hub lists {size:,}. Nothing was installed; try again later.</source>
        <translation>El servidor envía {length:,} bytes para {name}, pero el hub indica {size:,}. No se instaló nada; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sent more than the {size:,} bytes the hub lists for {name}. Nothing was installed; try again.</source>
        <translation>El servidor envió más de los {size:,} bytes que el hub indica para {name}. No se instaló nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The disk is full (or the largest file size allowed was reached) while writing {name}: {reason}. The {have:,} bytes downloaded so far are kept; free some space and start the download again to resume.</source>
        <translation>El disco está lleno (o se alcanzó el tamaño máximo de archivo permitido) al escribir {name}: {reason}. Se conservan los {have:,} bytes descargados hasta ahora; libere espacio y vuelva a iniciar la descarga para reanudarla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing more could be written to {path}; the disk may be full.</source>
        <translation>No se pudo escribir nada más en {path}; puede que el disco esté lleno.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} has {have:,} bytes, the hub lists {size:,}.</source>
        <translation>{name} tiene {have:,} bytes, pero el hub indica {size:,}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} failed verification: its {checksum} is {got}, the hub says {want}. The damaged download was deleted and nothing was installed; download it again (if this keeps happening, the mirror may serve a broken copy).</source>
        <translation>{name} no superó la verificación: su {checksum} es {got}, pero el hub indica {want}. La descarga dañada se eliminó y no se instaló nada; descárguelo de nuevo (si sigue ocurriendo, puede que el espejo ofrezca una copia dañada).</translation>
    </message>
    <message>
        <location filename="../../app/jobs/child_process.py" line="+88"/>
        <source>{exit} Last messages in its log:
{log_tail}</source>
        <translation>{exit} Últimos mensajes de su registro:
{log_tail}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} stopped answering.</source>
        <translation>{what} dejó de responder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} was killed ({signal}); the system may have run out of memory.</source>
        <translation>{what} tuvo un cierre forzado ({signal}); es posible que el sistema se haya quedado sin memoria.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} was stopped ({signal}).</source>
        <translation>{what} se detuvo a petición ({signal}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} crashed ({signal}).</source>
        <translation>{what} falló de forma inesperada ({signal}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} exited with code {code}.</source>
        <translation>{what} terminó con el código {code}.</translation>
    </message>
    <message>
        <location filename="../../app/llama/header_check.py" line="+74"/>
        <source>{name} has a damaged Llama header: {problems} (and {more} more). Download or convert the model again.</source>
        <translation>{name} tiene un encabezado Llama dañado: {problems} (y {more} más). Descargue o convierta el modelo de nuevo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} has a damaged Llama header: {problems}. Download or convert the model again.</source>
        <translation>{name} tiene un encabezado Llama dañado: {problems}. Descargue o convierta el modelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/planner/fit_check.py" line="+61"/>
        <source>a {kv_type} KV cache (same context)</source>
        <translation>una caché KV {kv_type} (mismo contexto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flash attention on (same context)</source>
        <translation>flash attention activada (mismo contexto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a context of {n_ctx:,} tokens</source>
        <translation>un contexto de {n_ctx:,} tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no GPU layers (the model fits in RAM)</source>
        <translation>ninguna capa en la GPU (el modelo cabe en la RAM)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the {quant} quantization (needs {gib:.1f} GiB)</source>
        <translation>la cuantización {quant} (necesita {gib:.1f} GiB)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing smaller of this model fits either; free memory or choose a smaller model.</source>
        <translation>Tampoco cabe ninguna versión más pequeña de este modelo; libere memoria o elija un modelo más pequeño.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}.</source>
        <translation>Lo que cabría en memoria: {first}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would fit: {first}; or {second}.</source>
        <translation>Lo que cabría en memoria: {first}; o {second}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}; or {second}; or {third}.</source>
        <translation>Lo que cabría en memoria: {first}; o {second}; o {third}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What would fit: {first}; or {second}; or {third}; or {fourth}.</source>
        <translation>Lo que cabría en memoria: {first}; o {second}; o {third}; o {fourth}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}; or {second}; or {third}; or {fourth}; or {fifth}.</source>
        <translation>Lo que cabría en memoria: {first}; o {second}; o {third}; o {fourth}; o {fifth}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} with a {n_ctx:,}-token context and the {kv_type} KV cache needs {ram_needed:.2f} GiB of RAM and {vram_needed:.2f} GiB of VRAM, but only {ram_budget:.2f} GiB can be used ({ram_available:.2f} GiB available minus {ram_headroom:.2f} GiB headroom); {vram_budget:.2f} GiB of VRAM can be used. {instead}</source>
        <translation>{name}, con un contexto de {n_ctx:,} tokens y la caché KV {kv_type}, necesita {ram_needed:.2f} GiB de RAM y {vram_needed:.2f} GiB de VRAM, pero solo se pueden usar {ram_budget:.2f} GiB de RAM ({ram_available:.2f} GiB disponibles menos {ram_headroom:.2f} GiB de margen); de VRAM se pueden usar {vram_budget:.2f} GiB. {instead}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} with a {n_ctx:,}-token context and the {kv_type} KV cache needs {ram_needed:.2f} GiB of RAM, but only {ram_budget:.2f} GiB can be used ({ram_available:.2f} GiB available minus {ram_headroom:.2f} GiB headroom). {instead}</source>
        <translation>{name}, con un contexto de {n_ctx:,} tokens y la caché KV {kv_type}, necesita {ram_needed:.2f} GiB de RAM, pero solo se pueden usar {ram_budget:.2f} GiB ({ram_available:.2f} GiB disponibles menos {ram_headroom:.2f} GiB de margen). {instead}</translation>
    </message>
    <message>
        <location filename="../../app/remote/openai_client.py" line="+35"/>
        <source>{name} ({url}) did not answer in time.</source>
        <translation>{name} ({url}) no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({url}) could not be reached: {reason}</source>
        <translation>No se pudo conectar con {name} ({url}): {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({url}) answered HTTP {status}: {message}</source>
        <translation>{name} ({url}) respondió HTTP {status}: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({url}) sent something unexpected: {reason}</source>
        <translation>{name} ({url}) envió algo inesperado: {reason}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{name} broke off the reply: {reason}</source>
        <translation>{name} interrumpió la respuesta: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/remote/remote_engine.py" line="+126"/>
        <source>No remote model is chosen.</source>
        <translation>No se ha elegido ningún modelo remoto.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name} broke off the reply before its end.</source>
        <translation>{name} interrumpió la respuesta antes de terminarla.</translation>
    </message>
    <message>
        <location filename="../../app/serve/access.py" line="+38"/>
        <source>The API key must have at least {min_length} characters.</source>
        <translation>La clave de API debe tener al menos {min_length} caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listening on {host} lets other computers use the model; that needs an API key. Add --api-key KEY (clients send it as &apos;Authorization: Bearer KEY&apos;), or leave out --host to listen on {default_host}, this computer only.</source>
        <translation>Escuchar en {host} permite que otros ordenadores usen el modelo; para eso se necesita una clave de API. Añada --api-key KEY (los clientes la envían como &apos;Authorization: Bearer KEY&apos;) u omita --host para escuchar en {default_host}, solo este ordenador.</translation>
    </message>
    <message>
        <location filename="../../app/serve/http_api.py" line="+334"/>
        <source>Paddock cannot listen on {host} port {port}: {reason}. Choose another port with --port.</source>
        <translation>Paddock no puede escuchar en {host}, puerto {port}: {reason}. Elija otro puerto con --port.</translation>
    </message>
    <message>
        <location filename="../../app/store/conversations.py" line="+49"/>
        <location line="+38"/>
        <source>There is no conversation number {conversation_id}.</source>
        <translation>No existe la conversación número {conversation_id}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A conversation title cannot be empty.</source>
        <translation>El título de una conversación no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="+60"/>
        <source>The disk is full: Paddock could not save to its conversation database ({path}). Free some disk space and try again; what was saved before is kept.</source>
        <translation>El disco está lleno: Paddock no pudo guardar en su base de datos de conversaciones ({path}). Libere espacio en el disco y vuelva a intentarlo; lo guardado antes se conserva.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conversation database {path} is damaged ({reason}).</source>
        <translation>La base de datos de conversaciones {path} está dañada ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The conversation database {path} is locked by another program ({reason}). Close other programs that use it and try again.</source>
        <translation>La base de datos de conversaciones {path} está bloqueada por otro programa ({reason}). Cierre los demás programas que la usan y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paddock cannot open or write its conversation database {path} ({reason}). Check that the folder exists, that the disk is not read-only and that you may write there.</source>
        <translation>Paddock no puede abrir ni escribir su base de datos de conversaciones {path} ({reason}). Compruebe que la carpeta existe, que el disco no es de solo lectura y que tiene permiso para escribir en ella.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk reported an error while Paddock used {path} ({reason}).</source>
        <translation>El disco informó de un error mientras Paddock usaba {path} ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite ran out of memory while using {path}.</source>
        <translation>SQLite se quedó sin memoria al usar {path}.</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Paddock cannot create the folder {folder}: {reason}</source>
        <translation>Paddock no puede crear la carpeta {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/export_files.py" line="+53"/>
        <source>The disk is full: the export to {target} was not written.</source>
        <translation>El disco está lleno: la exportación a {target} no se escribió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export could not be written to {target}: {reason}.</source>
        <translation>No se pudo escribir la exportación en {target}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/store/export_json.py" line="+152"/>
        <source>{where}: expected an object.</source>
        <translation>{where}: se esperaba un objeto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: the field &quot;{key}&quot; is missing.</source>
        <translation>{where}: falta el campo &quot;{key}&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>{where}.{key}: unexpected value {value}.</source>
        <translation>{where}.{key}: valor inesperado {value}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{where}.parent_id: {parent} is not an earlier message of this conversation.</source>
        <translation>{where}.parent_id: {parent} no es un mensaje anterior de esta conversación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}.id: {id} appears twice.</source>
        <translation>{where}.id: {id} aparece dos veces.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{where}.settings: nested more than {levels} levels deep.</source>
        <translation>{where}.settings: anidado en más de {levels} niveles.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}.current_message_id: {current} is not one of its messages.</source>
        <translation>{where}.current_message_id: {current} no es uno de sus mensajes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This file is not a Paddock conversations export.</source>
        <translation>Este archivo no es una exportación de conversaciones de Paddock.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This export was made by a newer Paddock (format version {version}); update Paddock to import it.</source>
        <translation>Esta exportación la hizo un Paddock más reciente (versión de formato {version}); actualice Paddock para importarla.</translation>
    </message>
    <message>
        <location filename="../../app/store/import_chatgpt.py" line="+127"/>
        <source>conversation {number}: not a ChatGPT conversation (no &quot;mapping&quot;).</source>
        <translation>conversación {number}: no es una conversación de ChatGPT (no tiene &quot;mapping&quot;).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>conversation {number} (&quot;{title}&quot;) holds no user or assistant text</source>
        <translation>la conversación {number} (&quot;{title}&quot;) no contiene texto del usuario ni del asistente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>conversation {number} holds no user or assistant text</source>
        <translation>la conversación {number} no contiene texto del usuario ni del asistente</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ChatGPT&apos;s conversations.json should hold a list of conversations.</source>
        <translation>El conversations.json de ChatGPT debería contener una lista de conversaciones.</translation>
    </message>
    <message>
        <location filename="../../app/store/import_files.py" line="-58"/>
        <source>This file is neither a Paddock export (JSON with &quot;format&quot;: &quot;paddock.conversations&quot;) nor ChatGPT&apos;s conversations.json.</source>
        <translation>Este archivo no es una exportación de Paddock (JSON con &quot;format&quot;: &quot;paddock.conversations&quot;) ni el conversations.json de ChatGPT.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+34"/>
        <source>{path} is a damaged zip file: {reason}.</source>
        <translation>{path} es un archivo zip dañado: {reason}.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>{path}: its conversations.json inflates to more than {limit:,} bytes, over {times} times its {compressed:,} compressed bytes. No real export compresses that well, so the import stopped and nothing was imported.</source>
        <translation>{path}: su conversations.json se descomprime en más de {limit:,} bytes, más de {times} veces sus {compressed:,} bytes comprimidos. Ninguna exportación real se comprime tanto, así que la importación se detuvo y no se importó nada.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{path} is a zip file without a conversations.json inside.</source>
        <translation>{path} es un archivo zip que no contiene un conversations.json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is an encrypted zip file; unpack it first.</source>
        <translation>{path} es un archivo zip cifrado; descomprímalo primero.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file is not ChatGPT&apos;s conversations.json.</source>
        <translation>Este archivo no es el conversations.json de ChatGPT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a Paddock export.</source>
        <translation>Este archivo no es una exportación de Paddock.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>file.conversations: should be a list of conversations.</source>
        <translation>file.conversations: debería ser una lista de conversaciones.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing in {path} could be imported: {first}.</source>
        <translation>No se pudo importar nada de {path}: {first}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing in {path} could be imported: {first}; {second}.</source>
        <translation>No se pudo importar nada de {path}: {first}; {second}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in {path} could be imported: {first}; {second}; {third}.</source>
        <translation>No se pudo importar nada de {path}: {first}; {second}; {third}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in {path} could be imported: {first}; {second}; {third} (and {more} more).</source>
        <translation>No se pudo importar nada de {path}: {first}; {second}; {third} (y {more} más).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} cannot be read as JSON: {reason}.</source>
        <translation>{path} no se puede leer como JSON: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} holds no conversations: nothing was imported.</source>
        <translation>{path} no contiene conversaciones: no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../app/store/messages.py" line="+67"/>
        <location line="+56"/>
        <source>Message {message_id} is not part of conversation {conversation_id}.</source>
        <translation>El mensaje {message_id} no forma parte de la conversación {conversation_id}.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>There is no message number {message_id}.</source>
        <translation>No existe el mensaje número {message_id}.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Only your own messages can be edited; regenerate a reply instead.</source>
        <translation>Solo se pueden editar sus propios mensajes; en su lugar, regenere una respuesta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a reply of the model can be regenerated.</source>
        <translation>Solo se puede regenerar una respuesta del modelo.</translation>
    </message>
    <message>
        <location filename="../../app/store/migrations.py" line="+229"/>
        <source>This Python&apos;s SQLite is version {version}; Paddock&apos;s history search needs SQLite 3.34 or newer (FTS5 trigram).</source>
        <translation>El SQLite de este Python es la versión {version}; la búsqueda en el historial de Paddock necesita SQLite 3.34 o posterior (FTS5 trigram).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The conversation database {path} was written by a newer version of Paddock (it has changes this version does not know: {changes}). Update Paddock to open it. The file was left unchanged.</source>
        <translation>La base de datos de conversaciones {path} la escribió una versión más reciente de Paddock (tiene cambios que esta versión no conoce: {changes}). Actualice Paddock para abrirla. El archivo no se modificó.</translation>
    </message>
    <message>
        <location filename="../../app/store/search.py" line="+335"/>
        <source>Type a word to search for.</source>
        <translation>Escriba una palabra para buscar.</translation>
    </message>
</context>
<context>
    <name>AttachedLabel</name>
    <message>
        <location filename="../../ui/widgets/documents_ui.py" line="+63"/>
        <source>whole documents</source>
        <translation>documentos completos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passages found for each question</source>
        <translation>fragmentos encontrados para cada pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers from your documents: %1 (%2)</source>
        <translation>Responde a partir de tus documentos: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <location filename="../../ui/widgets/compare_window.py" line="+308"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare models side by side…</source>
        <translation>Comparar modelos lado a lado…</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="+114"/>
        <source>GGUF file…</source>
        <translation>Archivo GGUF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest reply (tokens):</source>
        <translation>Respuesta más larga (tokens):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop this pane</source>
        <translation>Detener este panel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a GGUF model</source>
        <translation>Elige un modelo GGUF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You: </source>
        <translation>Tú: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>remote</source>
        <translation>remoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First token %1 s · prompt %2 tokens/s · generation %3 tokens/s · %4 + %5 tokens · memory %6</source>
        <translation>Primer token %1 s · prompt %2 tokens/s · generación %3 tokens/s · %4 + %5 tokens · memoria %6</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../ui/widgets/compare_window.py" line="-158"/>
        <source>Compare models — Paddock</source>
        <translation>Comparar modelos — Paddock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panes:</source>
        <translation>Paneles:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind (names hidden and order shuffled until the vote)</source>
        <translation>A ciegas (nombres ocultos y orden mezclado hasta el voto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New comparison</source>
        <translation>Nueva comparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to all</source>
        <translation>Enviar a todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop all</source>
        <translation>Detener todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message for every pane (Ctrl+Enter sends)</source>
        <translation>Un mensaje para todos los paneles (Ctrl+Intro envía)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both are bad</source>
        <translation>Ambos son malos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with the winner</source>
        <translation>Seguir con el ganador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is better</source>
        <translation>%1 es mejor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is best</source>
        <translation>%1 es el mejor</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a model in every pane.</source>
        <translation>Elige un modelo en cada panel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Together: every pane&apos;s model is loaded at once and they answer at the same time.</source>
        <translation>A la vez: los modelos de todos los paneles se cargan juntos y responden al mismo tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One after another: each pane&apos;s model is loaded, answers and is unloaded before the next.</source>
        <translation>Uno tras otro: el modelo de cada panel se carga, responde y se descarga antes del siguiente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads: %1.</source>
        <translation>Hilos: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote: %1 (on a server: no memory or cores here, answers alongside the others).</source>
        <translation>Remoto: %1 (en un servidor: sin memoria ni núcleos aquí, responde a la vez que los demás).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
</context>
<context>
    <name>ContextFullBox</name>
    <message>
        <location filename="../../ui/widgets/context_full.py" line="+31"/>
        <source>This message does not fit in the context</source>
        <translation>Este mensaje no cabe en el contexto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conversation, your message and the room kept for the reply need about %1 tokens; the model is loaded with a context of %2 tokens. What should Paddock do in this chat?</source>
        <translation>La conversación, tu mensaje y el espacio reservado para la respuesta necesitan unos %1 tokens; el modelo está cargado con un contexto de %2 tokens. ¿Qué debe hacer Paddock en este chat?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload with a longer context (%1 tokens)</source>
        <translation>Recargar con un contexto más largo (%1 tokens)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking whether it fits in memory…</source>
        <translation>Comprobando si cabe en la memoria…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the oldest turns</source>
        <translation>Omitir los turnos más antiguos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system prompt stays; the turns left out are dimmed in the chat</source>
        <translation>El prompt del sistema se mantiene; los turnos omitidos se ven atenuados en el chat</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../ui/widgets/context_meter.py" line="+75"/>
        <source>Context: %1 of %2 tokens</source>
        <translation>Contexto: %1 de %2 tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt: %1</source>
        <translation>Prompt del sistema: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation: %1</source>
        <translation>Conversación: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message: %1</source>
        <translation>Tu mensaje: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for the reply: %1</source>
        <translation>Reservado para la respuesta: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next message does not fit in the context.</source>
        <translation>El próximo mensaje no cabe en el contexto.</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../ui/widgets/convert_dialog.py" line="+59"/>
        <source>Convert a Hugging Face model</source>
        <translation>Convertir un modelo de Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From %1 to an F16 GGUF in the models folder.</source>
        <translation>De %1 a un GGUF F16 en la carpeta de modelos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the GGUF: %1 of %2</source>
        <translation>Escribiendo el GGUF: %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking that llama.cpp loads the result…</source>
        <translation>Comprobando que llama.cpp carga el resultado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the folder: configuration, weights, tokenizer, disk space…</source>
        <translation>Comprobando la carpeta: configuración, pesos, tokenizador, espacio en disco…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>Listo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was left behind.</source>
        <translation>Cancelado; no quedó nada.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/crash.py" line="+47"/>
        <source>Paddock hit a bug</source>
        <translation>Paddock ha encontrado un error interno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong. Your conversations are saved. The details below were written to the log; please include them in a bug report.</source>
        <translation>Algo inesperado ha fallado. Sus conversaciones están guardadas. Los detalles siguientes se han escrito en el registro; inclúyalos en un informe de error.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../ui/widgets/documents_dialog.py" line="+118"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own documents, indexed on this computer: nothing is sent anywhere. Tick a collection to answer the chat on screen from it.</source>
        <translation>Tus propios documentos, indexados en este equipo: no se envía nada a ninguna parte. Marca una colección para que el chat en pantalla responda a partir de ella.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collection name</source>
        <translation>Nombre de la colección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add f&amp;older…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-scan</source>
        <translation>&amp;Volver a examinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not indexed:</source>
        <translation>Sin indexar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Embedding model:</source>
        <translation>Modelo de &amp;embeddings:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 files, %3 passages, %4 tokens</source>
        <translation>%1: %2 archivos, %3 fragmentos, %4 tokens</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read whole documents instead of searching them (%1 tokens)</source>
        <translation>Leer los documentos completos en lugar de buscar en ellos (%1 tokens)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>None: keyword search only</source>
        <translation>Ninguno: solo búsqueda por palabras clave</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download %1 (%2 MB)…</source>
        <translation>Descargar %1 (%2 MB)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a GGUF file…</source>
        <translation>Elegir un archivo GGUF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passages are found by their words and by their meaning (%1), in any of the languages the model knows.</source>
        <translation>Los pasajes se encuentran por sus palabras y por su significado (%1), en cualquiera de los idiomas que conoce el modelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyword search only: passages are found by the words of the question. Choose an embedding model (multilingual-e5, bge-m3) to also find them by meaning.</source>
        <translation>Solo búsqueda por palabras clave: los pasajes se encuentran por las palabras de la pregunta. Elija un modelo de embeddings (multilingual-e5, bge-m3) para encontrarlos también por su significado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading %1 (see the downloads list): it is offered here once it is in.</source>
        <translation>Descargando %1 (vea la lista de descargas): se ofrecerá aquí en cuanto llegue.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 of %2 files, about %3 s left</source>
        <translation>%1 de %2 archivos, quedan unos %3 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedding passages: %1 of %2</source>
        <translation>Calculando embeddings de los pasajes: %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, about %2 s left</source>
        <translation>%1, quedan unos %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a kind of file Paddock reads</source>
        <translation>un tipo de archivo que Paddock no lee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scanned PDF without text</source>
        <translation>un PDF escaneado sin texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged</source>
        <translation>dañado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Indexing stopped; the files done so far are kept.</source>
        <translation>Indexación detenida; se conservan los archivos ya procesados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add documents</source>
        <translation>Añadir documentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an embedding model</source>
        <translation>Elegir un modelo de embeddings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a folder of documents</source>
        <translation>Añadir una carpeta de documentos</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../../ui/widgets/documents_ui.py" line="-27"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collections…</source>
        <translation>&amp;Colecciones…</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../ui/widgets/downloads_panel.py" line="+88"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the download before it</source>
        <translation>Esperando a la descarga anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking the hub…</source>
        <translation>Consultando el hub…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the bytes kept from before: %1</source>
        <translation>Comprobando los bytes guardados antes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified; installing…</source>
        <translation>Verificado; instalando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: %1 kept. Resume continues from there.</source>
        <translation>En pausa: %1 guardados. Reanudar continúa desde ahí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed and verified (sha256), %1.</source>
        <translation>Instalado y verificado (sha256), %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; the partial file was deleted.</source>
        <translation>Cancelado; se borró el archivo parcial.</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+45"/>
        <source>This model file cannot be used</source>
        <translation>Este archivo de modelo no se puede usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model is not supported</source>
        <translation>Este modelo no es compatible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The context is longer than this model supports</source>
        <translation>El contexto es más largo de lo que admite este modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conversation no longer fits in the context</source>
        <translation>La conversación ya no cabe en el contexto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s chat template was refused</source>
        <translation>La plantilla de chat del modelo se ha rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model engine reported a problem</source>
        <translation>El motor del modelo ha informado de un problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model stopped unexpectedly</source>
        <translation>El modelo se ha detenido inesperadamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded</source>
        <translation>No hay ningún modelo cargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remote backend cannot be reached (is the server running, is the address right?)</source>
        <translation>No se puede acceder al backend remoto (¿está en marcha el servidor, es correcta la dirección?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The remote backend did not answer in time</source>
        <translation>El backend remoto no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remote backend answered with an error</source>
        <translation>El backend remoto respondió con un error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These settings cannot be used</source>
        <translation>Esta configuración no se puede usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model does not fit in memory</source>
        <translation>Este modelo no cabe en la memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation history cannot be used</source>
        <translation>El historial de conversaciones no se puede usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database is damaged</source>
        <translation>La base de datos de conversaciones está dañada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database is busy</source>
        <translation>La base de datos de conversaciones está ocupada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database cannot be opened</source>
        <translation>No se puede abrir la base de datos de conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation history was written by a newer Paddock</source>
        <translation>El historial de conversaciones lo escribió una versión más reciente de Paddock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation no longer exists</source>
        <translation>Esta conversación ya no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export could not be written</source>
        <translation>No se pudo escribir la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be imported</source>
        <translation>Este archivo no se puede importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddock&apos;s model list is damaged</source>
        <translation>La lista de modelos de Paddock está dañada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hugging Face refused access to this model</source>
        <translation>Hugging Face ha denegado el acceso a este modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model was not found on Hugging Face</source>
        <translation>Este modelo no se encontró en Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hugging Face cannot be reached</source>
        <translation>No se puede acceder a Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download is damaged</source>
        <translation>La descarga está dañada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is not enough disk space</source>
        <translation>No hay suficiente espacio en disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This download is in the way of another</source>
        <translation>Esta descarga entra en conflicto con otra</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../ui/widgets/first_run_page.py" line="+156"/>
        <location line="+83"/>
        <source>Working out which Llama suits this computer…</source>
        <translation>Averiguando qué Llama le conviene a este ordenador…</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Get a Llama</source>
        <translation>Conseguir un Llama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Welcome to Paddock&lt;/h2&gt;Paddock runs Llama models on this computer; nothing you type leaves it. First you need a model: here is what fits.</source>
        <translation>&lt;h2&gt;Bienvenido a Paddock&lt;/h2&gt;Paddock ejecuta modelos Llama en este ordenador; nada de lo que escribe sale de él. Primero necesita un modelo: esto es lo que cabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Llama that suits it</source>
        <translation>El Llama que le conviene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence and other ways to a model</source>
        <translation>Licencia y otras formas de conseguir un modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan for a context of:</source>
        <translation>Planificar para un contexto de:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download it</source>
        <translation>Descargarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a GGUF file…</source>
        <translation>Abrir un archivo GGUF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this one</source>
        <translation>Usar este</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>Convert a Hugging Face folder…</source>
        <translation>Convertir una carpeta de Hugging Face…</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>A folder with config.json, tokenizer and .safetensors files</source>
        <translation>Una carpeta con config.json, el tokenizador y archivos .safetensors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models found in the Hugging Face cache, LM Studio and Ollama</source>
        <translation>Modelos GGUF encontrados en la caché de Hugging Face, LM Studio y Ollama</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meta&apos;s Llama models come under their community licences: %1. Using a model means accepting its licence.</source>
        <translation>Los modelos Llama de Meta se rigen por sus licencias comunitarias: %1. Usar un modelo significa aceptar su licencia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock downloads ready-made GGUF files from community repositories that need no account. Meta&apos;s own repositories are gated: accept the licence on huggingface.co, create a token with read access at &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; and set it as HF_TOKEN before starting Paddock.</source>
        <translation>Paddock descarga archivos GGUF ya preparados de repositorios de la comunidad que no piden cuenta. Los repositorios de Meta tienen acceso restringido: acepte la licencia en huggingface.co, cree un token con acceso de lectura en &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; y defínalo como HF_TOKEN antes de iniciar Paddock.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measuring this computer…</source>
        <translation>Midiendo este ordenador…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory: %1 in total, %2 free now.</source>
        <translation>Memoria: %1 en total, %2 libre ahora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock may use at most %1 here (a limit set for this session); %2 of it is free.</source>
        <translation>Paddock puede usar como máximo %1 aquí (un límite fijado para esta sesión); %2 están libres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processor: %1, %2 cores.</source>
        <translation>Procesador: %1, %2 núcleos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graphics: %1, sharing the computer&apos;s memory (up to %2).</source>
        <translation>Gráficos: %1, comparte la memoria del ordenador (hasta %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graphics: %1 with %2 of video memory (%3 free).</source>
        <translation>Gráficos: %1 con %2 de memoria de vídeo (%3 libres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graphics: %1 with %2 of video memory.</source>
        <translation>Gráficos: %1 con %2 de memoria de vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock&apos;s llama.cpp can use it.</source>
        <translation>El llama.cpp de Paddock puede usarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether Paddock&apos;s llama.cpp can use it is unknown.</source>
        <translation>No se sabe si el llama.cpp de Paddock puede usarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paddock&apos;s llama.cpp was built for the CPU only, so it is not used.</source>
        <translation>El llama.cpp de Paddock se compiló solo para la CPU, así que no se usa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card that llama.cpp could use was found: models run on the processor.</source>
        <translation>No se encontró ninguna tarjeta gráfica que llama.cpp pueda usar: los modelos se ejecutan en el procesador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No Llama in the catalog fits in the memory that is free now at this context. Close other programs or choose a shorter context.</source>
        <translation>Ningún Llama del catálogo cabe en la memoria libre ahora con este contexto. Cierre otros programas o elija un contexto más corto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It fits in the %1 of video memory with %2 to spare</source>
        <translation>Cabe en los %1 de memoria de vídeo con %2 de margen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It fits in your %1 of memory with %2 to spare</source>
        <translation>Cabe en sus %1 de memoria con %2 de margen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, writing %1.</source>
        <translation>, y escribe %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt;, %2, with a context of %3.</source>
        <translation>Recomendado: &lt;b&gt;%1&lt;/b&gt;, %2, con un contexto de %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longest context that fits: %1.</source>
        <translation>El contexto más largo que cabe: %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No GGUF model found in other apps&apos; folders</source>
        <translation>No se encontró ningún modelo GGUF en las carpetas de otras aplicaciones</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not enough disk space for it: %1 to download, %2 free. Free some space first.</source>
        <translation>No hay espacio suficiente en el disco: %1 por descargar, %2 libres. Libere espacio primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to download; %2 free on the disk.</source>
        <translation>%1 por descargar; %2 libres en el disco.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From %1 (no account needed)</source>
        <translation>Desde %1 (no hace falta cuenta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ready-made file of this one: convert the Hugging Face model and quantize it</source>
        <translation>No hay archivo listo de este: convierta el modelo de Hugging Face y cuantícelo</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/widgets/help_menu.py" line="+49"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Paddock</source>
        <translation>&amp;Acerca de Paddock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paddock %1</source>
        <translation>Paddock %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat with Llama models on your own computer. Your conversations stay on it.</source>
        <translation>Chatea con modelos Llama en tu propio ordenador. Tus conversaciones se quedan en él.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models run with llama.cpp.</source>
        <translation>Los modelos se ejecutan con llama.cpp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Llama licence notice:</source>
        <translation>Aviso de licencia de Llama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the Llama 3.1 Community License</source>
        <translation>Leer la Llama 3.1 Community License</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Paddock</source>
        <translation>Acerca de Paddock</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/widgets/history_panel.py" line="+103"/>
        <source>Search all conversations</source>
        <translation>Buscar en todas las conversaciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n mensaje encontrado</numerusform>
            <numerusform>%n mensajes encontrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found for “%1”.</source>
        <translation>No se encontró nada para «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n mensaje</numerusform>
            <numerusform>%1 · %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening your conversations…</source>
        <translation>Abriendo sus conversaciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations are not being saved: %1</source>
        <translation>Las conversaciones no se están guardando: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your conversations will be listed here.</source>
        <translation>Sus conversaciones aparecerán aquí.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin to the top</source>
        <translation>Fijar arriba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename conversation</source>
        <translation>Cambiar el nombre de la conversación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paddock JSON (*.json)</source>
        <translation>JSON de Paddock (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export conversation</source>
        <translation>Exportar conversación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this conversation and all its messages? This cannot be undone.</source>
        <translation>¿Eliminar esta conversación y todos sus mensajes? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../ui/widgets/language_box.py" line="+40"/>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
</context>
<context>
    <name>LeaderboardChart</name>
    <message>
        <location filename="../../ui/widgets/leaderboard_chart.py" line="+80"/>
        <source>No votes yet. Compare models side by side and vote to see their ratings here.</source>
        <translation>Todavía no hay votos. Compara modelos lado a lado y vota para ver aquí sus puntuaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings with 95 % intervals</source>
        <translation>Puntuaciones con intervalos del 95 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate of the row&apos;s model against the column&apos;s</source>
        <translation>Tasa de victorias del modelo de la fila frente al de la columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ties count half a win each way; the small number is the battles between the two.</source>
        <translation>Un empate cuenta como media victoria para cada uno; el número pequeño son los duelos entre los dos.</translation>
    </message>
</context>
<context>
    <name>LeaderboardPage</name>
    <message>
        <location filename="../../ui/widgets/compare_leaderboard.py" line="+86"/>
        <source>Include votes cast with the names visible</source>
        <translation>Incluir los votos emitidos con los nombres visibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out &quot;both are bad&quot; votes</source>
        <translation>Excluir los votos &quot;Ambos son malos&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise a &quot;both are bad&quot; vote counts as a tie.</source>
        <translation>Si no, un voto &quot;Ambos son malos&quot; cuenta como empate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Battles</source>
        <translation>Duelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins / ties / losses</source>
        <translation>Victorias / empates / derrotas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Win rate</source>
        <translation>Tasa de victorias</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No votes yet: compare two models and vote.</source>
        <translation>Aún no hay votos: compara dos modelos y vota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bradley–Terry ratings on the Elo scale; ties count half a win each way; intervals from %1 resamples of the votes.</source>
        <translation>Puntuaciones Bradley–Terry en la escala Elo; un empate cuenta media victoria para cada lado; intervalos de %1 remuestreos de los votos.</translation>
    </message>
</context>
<context>
    <name>LoadSettingsDialog</name>
    <message>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+185"/>
        <source>Load settings</source>
        <translation>Ajustes de carga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it costs</source>
        <translation>Lo que cuesta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-115"/>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+1"/>
        <source>Context:</source>
        <translation>Contexto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+0"/>
        <location line="+9"/>
        <source>KV cache:</source>
        <translation>Caché KV:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="-9"/>
        <source>GPU layers:</source>
        <translation>Capas en la GPU:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the conversation the model can see at once</source>
        <translation>Cuánta conversación puede ver el modelo a la vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>q8_0 and q4_0 store the context in less memory (q8_0 loses almost nothing)</source>
        <translation>q8_0 y q4_0 guardan el contexto en menos memoria (q8_0 casi no pierde nada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planner&apos;s choice</source>
        <translation>Elección del planificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+154"/>
        <source>Layers run on the GPU; the rest run on the CPU from RAM</source>
        <translation>Capas que se ejecutan en la GPU; el resto se ejecuta en la CPU desde la RAM</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Weights:</source>
        <translation>Pesos:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compute buffers:</source>
        <translation>Búferes de cálculo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory needed:</source>
        <translation>Memoria necesaria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory available:</source>
        <translation>Memoria disponible:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the prompt:</source>
        <translation>Lectura del prompt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the reply:</source>
        <translation>Escritura de la respuesta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading a full context:</source>
        <translation>Lectura de un contexto completo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would fit instead:</source>
        <translation>Lo que cabría en su lugar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load anyway (it may be very slow or fail)</source>
        <translation>Cargar de todos modos (puede ir muy lento o fallar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · trained for %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · entrenado para %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planning…</source>
        <translation>Planificando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quantized KV cache needs flash attention: it is turned on with it</source>
        <translation>Una caché KV cuantizada necesita flash attention: se activa con ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses less memory for long contexts</source>
        <translation>Usa menos memoria con contextos largos</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 of RAM</source>
        <translation>%1 de RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of RAM (%2 after keeping some free)</source>
        <translation>%1 de RAM (%2 dejando algo libre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of VRAM</source>
        <translation>%1 de VRAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of VRAM on %2</source>
        <translation>%1 de VRAM en %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No GPU that this llama.cpp build can use: every layer runs on the CPU</source>
        <translation>No hay ninguna GPU que este llama.cpp pueda usar: todas las capas se ejecutan en la CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planner&apos;s choice (%1)</source>
        <translation>Elección del planificador (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A smaller file of this model would fit: %1 (needs %2).</source>
        <translation>Un archivo más pequeño de este modelo cabría: %1 (necesita %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use a %1 KV cache (same context)</source>
        <translation>Usar una caché KV %1 (mismo contexto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn flash attention on (same context)</source>
        <translation>Activar flash attention (mismo contexto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the context to %1</source>
        <translation>Acortar el contexto a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run on the CPU only (no GPU layers)</source>
        <translation>Ejecutar solo en la CPU (sin capas en la GPU)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="+181"/>
        <source>Copied</source>
        <translation>Copiado</translation>
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
        <translation>Abrir modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a GGUF model file on this computer</source>
        <translation>Elija un archivo de modelo GGUF de este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message. Enter sends, Shift+Enter adds a line.</source>
        <translation>Escriba un mensaje. Intro lo envía, Mayús+Intro añade una línea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling…</source>
        <translation>Muestreo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature, top-p and the other sampling settings of this chat</source>
        <translation>Temperatura, top-p y los demás ajustes de muestreo de este chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the last reply again; the first one is kept in the history</source>
        <translation>Volver a escribir la última respuesta; la primera se conserva en el historial</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · context %3 tokens</source>
        <translation>%1 · %2 · contexto de %3 tokens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>finished</source>
        <translation>finalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length limit reached</source>
        <translation>límite de longitud alcanzado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context is full</source>
        <translation>contexto lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first token after %1 s</source>
        <translation>primer token tras %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 prompt tokens reused</source>
        <translation>%1 de %2 tokens del prompt reutilizados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model saw the last %1 of %2 messages</source>
        <translation>el modelo vio los últimos %1 de %2 mensajes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready. Type a message below.</source>
        <translation>Listo. Escriba un mensaje abajo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a GGUF model file to start.</source>
        <translation>Abra un archivo de modelo GGUF para empezar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a GGUF model</source>
        <translation>Abrir un modelo GGUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The model is still loading; send your message when it is ready.</source>
        <translation>El modelo todavía se está cargando; envía tu mensaje cuando esté listo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reply is being written. Wait for it, or press Stop (Esc).</source>
        <translation>Se está escribiendo una respuesta. Espera o pulsa «Detener» (Esc).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded. Click &quot;Open model…&quot; and choose a GGUF file first.</source>
        <translation>No hay ningún modelo cargado. Haz clic primero en «Abrir modelo…» y elige un archivo GGUF.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Editing a message: Enter sends the new version from there; the first one is kept.</source>
        <translation>Editando un mensaje: Intro envía la nueva versión desde ahí; la primera se conserva.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Editing your last message: Enter sends the new version; the first one is kept.</source>
        <translation>Editando tu último mensaje: Intro envía la nueva versión; la primera se conserva.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Load anyway</source>
        <translation>Cargar de todos modos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paddock restored the most recent backup; conversations changed after it are missing.</source>
        <translation>Paddock restauró la copia de seguridad más reciente; faltan las conversaciones modificadas después.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usable backup was found, so the history starts empty.</source>
        <translation>No se encontró ninguna copia de seguridad utilizable, así que el historial empieza vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your conversation database was damaged.</source>
        <translation>Su base de datos de conversaciones estaba dañada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The damaged file was kept as %1.</source>
        <translation>El archivo dañado se guardó como %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n reply(ies) were cut off when Paddock last closed; their text so far was kept.</source>
        <translation>
            <numerusform>%n respuesta se cortó al cerrarse Paddock la última vez; se conservó su texto hasta ese momento.</numerusform>
            <numerusform>%n respuestas se cortaron al cerrarse Paddock la última vez; se conservó su texto hasta ese momento.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../ui/widgets/model_manager.py" line="+109"/>
        <location line="+80"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_leaderboard.py" line="-29"/>
        <location filename="../../ui/widgets/model_manager.py" line="+1"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_manager.py" line="+0"/>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trained context</source>
        <translation>Contexto de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantize…</source>
        <translation>Cuantizar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No downloads. Models &gt; Get a model… offers one that fits.</source>
        <translation>No hay descargas. Modelos &gt; Conseguir un modelo… ofrece uno que cabe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paddock&apos;s models folder</source>
        <translation>Carpeta de modelos de Paddock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used where it is</source>
        <translation>usado donde está</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The loaded model cannot be deleted; load another one first</source>
        <translation>El modelo cargado no se puede eliminar; cargue otro antes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an F32, F16 or BF16 model can be quantized</source>
        <translation>Solo se puede cuantizar un modelo F32, F16 o BF16</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete %1? This frees %2 on disk.</source>
        <translation>¿Eliminar %1? Libera %2 en el disco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget %1? The file stays where it is; Paddock stops listing it.</source>
        <translation>¿Olvidar %1? El archivo se queda donde está; Paddock deja de listarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 deleted: %2 freed.</source>
        <translation>%1 eliminado: %2 liberados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer listed; the file was left where it is.</source>
        <translation>%1 ya no aparece; el archivo se quedó donde estaba.</translation>
    </message>
</context>
<context>
    <name>ModelOpener</name>
    <message>
        <location filename="../../ui/widgets/model_opener.py" line="+34"/>
        <source>Open a GGUF model</source>
        <translation>Abrir un modelo GGUF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_dialog.py" line="-5"/>
        <location filename="../../ui/widgets/model_opener.py" line="+0"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../ui/widgets/model_picker.py" line="+66"/>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-1"/>
        <location filename="../../ui/widgets/model_picker.py" line="+1"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_picker.py" line="+1"/>
        <source>Switch to another installed model</source>
        <translation>Cambiar a otro modelo instalado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an installed model…</source>
        <translation>Elegir un modelo instalado…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No model installed yet</source>
        <translation>Aún no hay ningún modelo instalado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="+31"/>
        <location filename="../../ui/widgets/model_picker.py" line="+12"/>
        <source>%1 · remote · %2</source>
        <translation>%1 · remoto · %2</translation>
    </message>
</context>
<context>
    <name>ModelsMenu</name>
    <message>
        <location filename="../../ui/widgets/models_menu.py" line="+50"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open model file…</source>
        <translation>&amp;Abrir archivo de modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get a model…</source>
        <translation>&amp;Conseguir un modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage &amp;models and downloads…</source>
        <translation>Gestionar &amp;modelos y descargas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look again for installed models</source>
        <translation>&amp;Buscar de nuevo modelos instalados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
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
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>about %1 tokens/s</source>
        <translation>unos %1 tokens/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about %1 s</source>
        <translation>unos %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 min</source>
        <translation>unos %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 h</source>
        <translation>unas %1 h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on GPU</source>
        <translation>en la GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly on GPU</source>
        <translation>en parte en la GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in RAM</source>
        <translation>en RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not fit</source>
        <translation>no cabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fits: every layer runs on %1.</source>
        <translation>Cabe: todas las capas se ejecutan en %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits: %1 of %2 layers run on %3, the rest in RAM.</source>
        <translation>Cabe: %1 de %2 capas se ejecutan en %3, el resto en RAM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits in RAM (runs on the CPU).</source>
        <translation>Cabe en RAM (se ejecuta en la CPU).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit in the memory that is free now.</source>
        <translation>No cabe en la memoria libre ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 billion parameters</source>
        <translation>%1 mil millones de parámetros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 million parameters</source>
        <translation>%1 millones de parámetros</translation>
    </message>
</context>
<context>
    <name>PromptPresets</name>
    <message>
        <location filename="../../ui/widgets/prompt_presets.py" line="+34"/>
        <source>Presets…</source>
        <translation>Plantillas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpful assistant (default)</source>
        <translation>Asistente servicial (predeterminado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concise</source>
        <translation>Conciso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmer</source>
        <translation>Programador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are a helpful assistant. Answer briefly and to the point, in a few sentences at most, unless the user asks for more detail.</source>
        <translation>Eres un asistente servicial. Responde de forma breve y concreta, en unas pocas frases como mucho, salvo que el usuario pida más detalle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are a translator. Translate what the user writes: into English if it is in another language, otherwise into the language the user names. Reply with the translation only.</source>
        <translation>Eres un traductor. Traduce lo que escribe el usuario: al inglés si está en otro idioma; si no, al idioma que indique el usuario. Responde solo con la traducción.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are an expert programmer. Give correct, idiomatic code in Markdown code blocks with the language named, and explain briefly what it does.</source>
        <translation>Eres un programador experto. Da código correcto e idiomático en bloques de código Markdown con el lenguaje indicado y explica brevemente qué hace.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="+38"/>
        <source>Look in:</source>
        <translation>Ver en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de fichero:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Ficheros de tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Directorio superior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Crear nueva carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Vista de lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Vista detallada</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-21"/>
        <source>Show Details...</source>
        <translation>Mostrar los detalles...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Ocultar los detalles...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-10"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la ubicación del en&amp;lace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QuantizeDialog</name>
    <message>
        <location filename="../../ui/widgets/quantize_dialog.py" line="+100"/>
        <source>Quantize a model</source>
        <translation>Cuantizar un modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected size</source>
        <translation>Tamaño previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantize</source>
        <translation>Cuantizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At a context of %1</source>
        <translation>Con un contexto de %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 to a smaller file in the models folder: choose a quantization.</source>
        <translation>%1 a un archivo más pequeño en la carpeta de modelos: elige una cuantización.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quantizing to %1: tensor %2 of %3</source>
        <translation>Cuantizando a %1: tensor %2 de %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking that llama.cpp loads the result…</source>
        <translation>Comprobando que llama.cpp carga el resultado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting llama.cpp&apos;s quantizer…</source>
        <translation>Iniciando el cuantizador de llama.cpp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>Listo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was left behind.</source>
        <translation>Cancelado; no quedó nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the model&apos;s header…</source>
        <translation>Leyendo la cabecera del modelo…</translation>
    </message>
</context>
<context>
    <name>RemoteEndpointsDialog</name>
    <message>
        <location filename="../../ui/widgets/remote_endpoints_dialog.py" line="+77"/>
        <source>Remote backends</source>
        <translation>Backends remotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. lab</source>
        <translation>p. ej., lab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if the server asks for one</source>
        <translation>Solo si el servidor la pide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any OpenAI-compatible server: llama.cpp&apos;s llama-server, vLLM, Ollama. What you send to a remote model leaves this computer.</source>
        <translation>Cualquier servidor compatible con OpenAI: llama-server de llama.cpp, vLLM, Ollama. Lo que envía a un modelo remoto sale de este equipo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not reachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not listed yet</source>
        <translation>aún sin listar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>models: %1</source>
        <translation>modelos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key saved</source>
        <translation>clave guardada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a name and an address starting with http:// or https://.</source>
        <translation>Indique un nombre y una dirección que empiece por http:// o https://.</translation>
    </message>
</context>
<context>
    <name>RemoteTexts</name>
    <message>
        <location filename="../../ui/widgets/remote_texts.py" line="+11"/>
        <source>The model runs on %1: the passages found in your documents are sent there with your question and leave this computer.</source>
        <translation>El modelo se ejecuta en %1: los pasajes encontrados en sus documentos se envían allí con su pregunta y salen de este equipo.</translation>
    </message>
</context>
<context>
    <name>ReplyLimitBox</name>
    <message>
        <location filename="../../ui/widgets/reply_limit.py" line="+51"/>
        <source>Reply limit (tokens):</source>
        <translation>Límite de respuesta (tokens):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reply stops after this many tokens; a token is about three quarters of a word.</source>
        <translation>Una respuesta se detiene tras este número de tokens; un token es aproximadamente tres cuartos de palabra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply limit in tokens</source>
        <translation>Límite de respuesta en tokens</translation>
    </message>
</context>
<context>
    <name>SamplingDialog</name>
    <message>
        <location filename="../../ui/widgets/sampling_dialog.py" line="+95"/>
        <source>Sampling settings of this chat</source>
        <translation>Ajustes de muestreo de este chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System prompt (what the model reads before the conversation):</source>
        <translation>Prompt del sistema (lo que el modelo lee antes de la conversación):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-30"/>
        <location filename="../../ui/widgets/sampling_dialog.py" line="+1"/>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
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
        <translation>Penalización por repetición:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply limit (tokens):</source>
        <translation>Límite de respuesta (tokens):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower temperature: steadier, more predictable replies. The same seed and settings give the same reply. Restore Defaults sets Meta&apos;s recommended values for Llama 3.1 Instruct.</source>
        <translation>Temperatura más baja: respuestas más estables y previsibles. La misma semilla con los mismos ajustes da la misma respuesta. «Restaurar valores predeterminados» aplica los valores que Meta recomienda para Llama 3.1 Instruct.</translation>
    </message>
</context>
<context>
    <name>SearchFilterRow</name>
    <message>
        <location filename="../../ui/widgets/search_filters.py" line="+63"/>
        <source>Any model</source>
        <translation>Cualquier modelo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only replies of this model</source>
        <translation>Solo respuestas de este modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only messages from this time on</source>
        <translation>Solo mensajes desde este momento</translation>
    </message>
</context>
<context>
    <name>ServeGroup</name>
    <message>
        <location filename="../../ui/widgets/serve_group.py" line="+49"/>
        <source>Local API</source>
        <translation>API local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve the loaded model to other programs on this computer (%1)</source>
        <translation>Servir el modelo cargado a otros programas de este equipo (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 is taken by another program (or cannot be opened): choose another port.</source>
        <translation>El puerto %1 está ocupado por otro programa (o no se puede abrir): elija otro puerto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listening at %1/v1 for OpenAI-compatible programs; only programs on this computer can connect.</source>
        <translation>Escuchando en %1/v1 para programas compatibles con OpenAI; solo los programas de este equipo pueden conectarse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off: Paddock opens no port.</source>
        <translation>Desactivado: Paddock no abre ningún puerto.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="+113"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models folder:</source>
        <translation>Carpeta de modelos:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hub address:</source>
        <translation>Dirección del hub:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hugging Face token:</source>
        <translation>Token de Hugging Face:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads:</source>
        <translation>Hilos:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default context:</source>
        <translation>Contexto predeterminado:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default KV cache:</source>
        <translation>Caché KV predeterminada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote backends…</source>
        <translation>Backends remotos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddock&apos;s own folder</source>
        <translation>La carpeta de Paddock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://huggingface.co, or a mirror</source>
        <translation>https://huggingface.co, o un espejo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: %1 (type a new one to replace it)</source>
        <translation>Guardado: %1 (escriba uno nuevo para sustituirlo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for Meta&apos;s gated repositories</source>
        <translation>Solo para los repositorios restringidos de Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the saved token</source>
        <translation>Olvidar el token guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per core</source>
        <translation>Uno por núcleo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes apply at once; models in the previous folder stay where they are.</source>
        <translation>Los cambios se aplican al instante; los modelos de la carpeta anterior se quedan donde están.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Models folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../ui/widgets/transcript_view.py" line="+219"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(cut off: the context is full. Start a new chat, or load the model with a longer context.)</source>
        <translation>(cortado: el contexto está lleno. Inicie un chat nuevo o cargue el modelo con un contexto más largo.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(stopped)</source>
        <translation>(detenido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(failed)</source>
        <translation>(falló)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(cut off: Paddock closed while writing this reply)</source>
        <translation>(cortado: Paddock se cerró mientras escribía esta respuesta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(still being written)</source>
        <translation>(todavía se está escribiendo)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
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
        <translation>Copiar código</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>(outside the context: the model did not see this message)</source>
        <translation>(fuera del contexto: el modelo no vio este mensaje)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show %1 earlier messages</source>
        <translation>Mostrar los %1 mensajes anteriores</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, page %2</source>
        <translation>%1, página %2</translation>
    </message>
</context>
<context>
    <name>WindowShortcuts</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="+61"/>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new line in the message</source>
        <translation>Empezar una línea nueva en el mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an empty message box: edit your last message (both versions are kept)</source>
        <translation>En el cuadro de mensaje vacío: editar tu último mensaje (se conservan las dos versiones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new chat</source>
        <translation>Empezar un chat nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the conversations</source>
        <translation>Buscar en las conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the last reply again</source>
        <translation>Volver a escribir la última respuesta</translation>
    </message>
</context>
</TS>
