<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>AppError</name>
    <message>
        <location filename="../../app/gguf_file.py" line="+322"/>
        <source>Paddock is not allowed to read the model file {path} (permission denied). Check the permissions of the file and of its folders.</source>
        <translation>Paddock को मॉडल फ़ाइल {path} पढ़ने की अनुमति नहीं है (अनुमति अस्वीकृत)। फ़ाइल और उसके फ़ोल्डरों की अनुमतियाँ जाँचें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model file {path} cannot be read: {reason}.</source>
        <translation>मॉडल फ़ाइल {path} पढ़ी नहीं जा सकती: {reason}।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model file does not exist: {path}</source>
        <translation>मॉडल फ़ाइल मौजूद नहीं है: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model path is not a file: {path}</source>
        <translation>मॉडल का पथ कोई फ़ाइल नहीं है: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a GGUF model file (it does not start with &apos;GGUF&apos;). Paddock runs llama.cpp models in GGUF format.</source>
        <translation>{name} GGUF मॉडल फ़ाइल नहीं है (यह &apos;GGUF&apos; से शुरू नहीं होती)। Paddock llama.cpp के मॉडल GGUF प्रारूप में चलाता है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is damaged or incomplete: {damage}.</source>
        <translation>{name} क्षतिग्रस्त या अधूरी है: {damage}।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is damaged: its header says its tensors end at byte {end:,}, far beyond the size of any model.</source>
        <translation>{name} क्षतिग्रस्त है: इसका हेडर कहता है कि इसके टेंसर बाइट {end:,} पर ख़त्म होते हैं, जो किसी भी मॉडल के आकार से बहुत आगे है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is truncated: it holds {size:,} bytes but its tensors need {end:,}. The download or copy did not finish; fetch the file again.</source>
        <translation>{name} अधूरी कटी हुई है: इसमें {size:,} बाइट हैं, पर इसके टेंसरों को {end:,} चाहिए। डाउनलोड या कॉपी पूरी नहीं हुई; फ़ाइल फिर से लाएँ।</translation>
    </message>
    <message>
        <location line="+137"/>
        <location filename="../../app/hub/transfer.py" line="+331"/>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} लिखी नहीं जा सकी: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/arena/battle_file.py" line="+71"/>
        <source>{name}, line {line}: a battle needs model_a, model_b and winner.</source>
        <translation>{name}, पंक्ति {line}: एक मुक़ाबले में model_a, model_b और winner होने चाहिए।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, line {line}: winner must be one of {winners}, not {winner}.</source>
        <translation>{name}, पंक्ति {line}: winner इनमें से एक होना चाहिए: {winners}, {winner} नहीं।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}, line {line}: tstamp must be a number of seconds.</source>
        <translation>{name}, पंक्ति {line}: tstamp सेकंडों की संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}, line {line}: {cause}</source>
        <translation>{name}, पंक्ति {line}: {cause}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/store/import_files.py" line="+61"/>
        <location line="+34"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} पढ़ी नहीं जा सकती: {reason}।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}, line {line}: not JSON ({reason}).</source>
        <translation>{name}, पंक्ति {line}: यह JSON नहीं है ({reason})।</translation>
    </message>
    <message>
        <location filename="../../app/arena/votes.py" line="+68"/>
        <source>A vote compares at least two models.</source>
        <translation>एक वोट कम से कम दो मॉडलों की तुलना करता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vote compares different models; the same one was given twice.</source>
        <translation>एक वोट अलग-अलग मॉडलों की तुलना करता है; एक ही मॉडल दो बार दिया गया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the winning pane exactly when the outcome is a win.</source>
        <translation>विजेता पैनल तभी बताएँ जब नतीजा किसी की जीत हो।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no pane {pane} in a vote between {count} models.</source>
        <translation>{count} मॉडलों के बीच के वोट में पैनल {pane} नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/catalog/embedding_entries.py" line="+97"/>
        <location filename="../../app/catalog/entries.py" line="+264"/>
        <source>{where}: unknown family {family}.</source>
        <translation>{where}: अज्ञात फ़ैमिली {family}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/catalog/entries.py" line="+9"/>
        <source>{where}: hf_repo must be &apos;owner/name&apos;, got {repo}.</source>
        <translation>{where}: hf_repo &apos;owner/name&apos; के रूप में होना चाहिए, लेकिन {repo} मिला।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}.architecture: pooling must be one of {poolings}.</source>
        <translation>{where}.architecture: pooling इनमें से एक होना चाहिए: {poolings}।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}.architecture: n_embd ({n_embd}) is not a multiple of n_head ({n_head}).</source>
        <translation>{where}.architecture: n_embd ({n_embd}), n_head ({n_head}) का गुणज नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: an embedding model needs at least one GGUF download (it is not made locally).</source>
        <translation>{where}: एम्बेडिंग मॉडल के लिए कम से कम एक GGUF डाउनलोड चाहिए (यह स्थानीय रूप से नहीं बनाया जाता)।</translation>
    </message>
    <message>
        <location filename="../../app/catalog/entries.py" line="-188"/>
        <source>Unknown embedding model {model_id}. Known embedding models: {known}.</source>
        <translation>अज्ञात एम्बेडिंग मॉडल {model_id}। ज्ञात एम्बेडिंग मॉडल: {known}।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown model {model_id}. Known models: {known}.</source>
        <translation>अज्ञात मॉडल {model_id}। ज्ञात मॉडल: {known}।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where}: expected a mapping, got {type}.</source>
        <translation>{where}: मैपिंग (mapping) अपेक्षित थी, लेकिन {type} मिला।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: missing field(s) {fields}.</source>
        <translation>{where}: ये फ़ील्ड मौजूद नहीं हैं: {fields}।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: unknown field(s) {fields}.</source>
        <translation>{where}: अज्ञात फ़ील्ड: {fields}।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: field {key} must be {type}, got {value}.</source>
        <translation>{where}: फ़ील्ड {key} का प्रकार {type} होना चाहिए, लेकिन {value} मिला।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{where}: {problems}.</source>
        <translation>{where}: {problems}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: n_head x head_dim ({n_head} x {head_dim}) != n_embd ({n_embd}); every Llama 3 model has n_embd = n_head x head_dim.</source>
        <translation>{where}: n_head x head_dim ({n_head} x {head_dim}) != n_embd ({n_embd}); हर Llama 3 मॉडल में n_embd = n_head x head_dim होता है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path}: name the first part of a split model (-00001-of-...).</source>
        <translation>{path}: विभाजित मॉडल का पहला भाग बताएँ (-00001-of-...)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: gguf must be a list of repositories.</source>
        <translation>{where}: gguf रिपॉज़िटरी की सूची होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+39"/>
        <source>{where}: unknown quantization {quant}; known: {known}.</source>
        <translation>{where}: अज्ञात क्वांटाइज़ेशन {quant}; ज्ञात: {known}।</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{where}: {quant} has a file but is not offered (quantizations).</source>
        <translation>{where}: {quant} की फ़ाइल है, लेकिन यह उपलब्ध विकल्पों में नहीं है (quantizations)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {quant} file must be a .gguf path, got {path}.</source>
        <translation>{where}: {quant} फ़ाइल .gguf पथ होनी चाहिए, लेकिन {path} मिला।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The catalog has no families (licences).</source>
        <translation>कैटलॉग में कोई फ़ैमिली (लाइसेंस) नहीं है।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{source}: schema {schema} is not supported (expected {expected}).</source>
        <translation>{source}: स्कीमा {schema} समर्थित नहीं है (अपेक्षित: {expected})।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{where}: kind must be embedding (or left out for a Llama).</source>
        <translation>{where}: kind embedding होना चाहिए (या Llama के लिए इसे छोड़ दें)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>{where}: duplicate id {id}.</source>
        <translation>{where}: id {id} दोहराया गया है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: purpose must be one of {purposes}.</source>
        <translation>{where}: purpose इनमें से एक होना चाहिए: {purposes}।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{source}: no models.</source>
        <translation>{source}: कोई मॉडल नहीं है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The model catalog {path} cannot be read: {reason}</source>
        <translation>मॉडल कैटलॉग {path} पढ़ा नहीं जा सकता: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/documents/collections.py" line="+38"/>
        <source>There is no document collection named {name}.</source>
        <translation>{name} नाम का कोई दस्तावेज़ संग्रह नहीं है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A document collection needs a name.</source>
        <translation>दस्तावेज़ संग्रह का एक नाम होना चाहिए।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} does not exist.</source>
        <translation>{path} मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>These were not added to {collection} as such: {paths} (see `paddock-cli docs list {name}`).</source>
        <translation>ये {collection} में इसी रूप में नहीं जोड़े गए थे: {paths} (देखें `paddock-cli docs list {name}`)।</translation>
    </message>
    <message>
        <location filename="../../app/documents/docx_reader.py" line="+24"/>
        <source>not a readable Word document ({reason})</source>
        <translation>पढ़ने योग्य Word दस्तावेज़ नहीं ({reason})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the document has no text</source>
        <translation>दस्तावेज़ में कोई पाठ नहीं है</translation>
    </message>
    <message>
        <location filename="../../app/documents/extract.py" line="+43"/>
        <source>old Word format (.doc): save it as .docx</source>
        <translation>पुराना Word प्रारूप (.doc): इसे .docx के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument text is not read yet: save it as .docx</source>
        <translation>OpenDocument पाठ अभी पढ़ा नहीं जाता: इसे .docx के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RTF is not read: save it as .docx</source>
        <translation>RTF पढ़ा नहीं जाता: इसे .docx के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image (text recognition is not done)</source>
        <translation>एक चित्र (पाठ पहचान नहीं की जाती)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported file type (no extension)</source>
        <translation>असमर्थित फ़ाइल प्रकार (कोई एक्सटेंशन नहीं)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported file type ({suffix})</source>
        <translation>असमर्थित फ़ाइल प्रकार ({suffix})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot be read ({reason})</source>
        <translation>पढ़ी नहीं जा सकती ({reason})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>damaged or malformed ({error}: {reason})</source>
        <translation>क्षतिग्रस्त या गलत संरचना वाली ({error}: {reason})</translation>
    </message>
    <message>
        <location filename="../../app/documents/html_reader.py" line="+65"/>
        <source>the page has no text</source>
        <translation>पेज में कोई पाठ नहीं है</translation>
    </message>
    <message>
        <location filename="../../app/documents/pdf_reader.py" line="+25"/>
        <source>not a readable PDF ({reason})</source>
        <translation>पढ़ने योग्य PDF नहीं ({reason})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>page {page} cannot be read ({reason})</source>
        <translation>पेज {page} पढ़ा नहीं जा सकता ({reason})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>scanned, no text layer (text recognition is not done)</source>
        <translation>स्कैन किया हुआ, कोई पाठ परत नहीं (पाठ पहचान नहीं की जाती)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no text on page(s) {pages}</source>
        <translation>पेज {pages} पर कोई पाठ नहीं</translation>
    </message>
    <message>
        <location filename="../../app/documents/schema.py" line="+160"/>
        <source>The documents database {path} was written by a newer version of Paddock (it has changes this version does not know: {changes}). Update Paddock to open it. The file was left unchanged.</source>
        <translation>दस्तावेज़ डेटाबेस {path} Paddock के नए संस्करण ने लिखा था (इसमें ऐसे बदलाव हैं जिन्हें यह संस्करण नहीं जानता: {changes})। इसे खोलने के लिए Paddock अपडेट करें। फ़ाइल में कोई बदलाव नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../../app/documents/text_readers.py" line="+62"/>
        <source>the file is empty</source>
        <translation>फ़ाइल खाली है</translation>
    </message>
    <message>
        <location filename="../../app/engine/chat_template.py" line="+79"/>
        <source>The model&apos;s chat template cannot be compiled: {reason}</source>
        <translation>मॉडल का चैट टेम्पलेट कंपाइल नहीं किया जा सकता: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model&apos;s chat template tried an unsafe operation and was stopped: {reason}. The file may be malicious; Paddock will not use it.</source>
        <translation>मॉडल के चैट टेम्पलेट ने एक असुरक्षित कार्य करने की कोशिश की और उसे रोक दिया गया: {reason}। फ़ाइल दुर्भावनापूर्ण हो सकती है; Paddock इसका उपयोग नहीं करेगा।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model&apos;s chat template failed: {reason}</source>
        <translation>मॉडल का चैट टेम्पलेट विफल रहा: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model&apos;s chat template failed: {error_type}: {reason}</source>
        <translation>मॉडल का चैट टेम्पलेट विफल रहा: {error_type}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model&apos;s chat template produced an impossibly long prompt.</source>
        <translation>मॉडल के चैट टेम्पलेट ने असंभव रूप से लंबा प्रॉम्प्ट बनाया।</translation>
    </message>
    <message>
        <location filename="../../app/engine/client.py" line="+69"/>
        <source>The model&apos;s worker process</source>
        <translation>मॉडल की वर्कर प्रक्रिया</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{exit} The reply streamed so far was kept.</source>
        <translation>{exit} अब तक मिला जवाब का हिस्सा सुरक्षित रखा गया है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location filename="../../app/engine/worker.py" line="+38"/>
        <source>No model is loaded. Load a GGUF model first.</source>
        <translation>कोई मॉडल लोड नहीं है। पहले कोई GGUF मॉडल लोड करें।</translation>
    </message>
    <message>
        <location filename="../../app/engine/llama_backend.py" line="+95"/>
        <source>This version of llama.cpp (llama-cpp-python {version}) cannot run {name}: {reason}</source>
        <translation>llama.cpp का यह संस्करण (llama-cpp-python {version}) {name} को नहीं चला सकता: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>llama.cpp could not create a {n_ctx:,}-token context for {name} (often not enough memory; try a shorter context or a q8_0 KV cache): {reason}</source>
        <translation>llama.cpp {name} के लिए {n_ctx:,} टोकन का कॉन्टेक्स्ट नहीं बना सका (अक्सर मेमोरी कम होने के कारण; छोटा कॉन्टेक्स्ट या q8_0 KV कैश आज़माएँ): {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+274"/>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp {name} को लोड नहीं कर सका: {reason}</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>llama.cpp failed while reading the prompt: {reason}</source>
        <translation>प्रॉम्प्ट पढ़ते समय llama.cpp विफल हो गया: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>llama.cpp failed while generating: {reason}</source>
        <translation>जनरेट करते समय llama.cpp विफल हो गया: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>llama.cpp could not parse the grammar for this reply.</source>
        <translation>llama.cpp इस जवाब के लिए ग्रामर को पार्स नहीं कर सका।</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <source>llama.cpp could not embed the text: {reason}</source>
        <translation>llama.cpp टेक्स्ट का एम्बेडिंग नहीं बना सका: {reason}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This JSON schema cannot be turned into a grammar: {reason}</source>
        <translation>इस JSON स्कीमा को ग्रामर में नहीं बदला जा सकता: {reason}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>llama.cpp failed to evaluate {count} tokens: {reason}</source>
        <translation>llama.cpp {count} टोकन का मूल्यांकन नहीं कर सका: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>llama.cpp loaded {name} but could not tokenize text: {reason}</source>
        <translation>llama.cpp ने {name} लोड किया, लेकिन टेक्स्ट को टोकन में नहीं बदल सका: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>llama.cpp loaded {name} but tokenized text to nothing.</source>
        <translation>llama.cpp ने {name} लोड किया, लेकिन टेक्स्ट को टोकन में बदलने पर कोई टोकन नहीं मिला।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown quantization {quant_type!r}; known: {known}.</source>
        <translation>अज्ञात क्वांटाइज़ेशन {quant_type!r}; ज्ञात: {known}।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>llama.cpp could not quantize {name} to {quant_type}: code {code}</source>
        <translation>llama.cpp {name} को {quant_type} में क्वांटाइज़ नहीं कर सका: कोड {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>llama.cpp could not quantize {name} to {quant_type}: {reason}</source>
        <translation>llama.cpp {name} को {quant_type} में क्वांटाइज़ नहीं कर सका: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/engine/loaded_model.py" line="+48"/>
        <source>{name} has no chat template (tokenizer.chat_template); Paddock needs an instruct model with its template.</source>
        <translation>{name} में कोई चैट टेम्पलेट (tokenizer.chat_template) नहीं है; Paddock को उसके टेम्पलेट सहित एक instruct मॉडल चाहिए।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} has no chat template: it was loaded for embeddings only.</source>
        <translation>{name} में कोई चैट टेम्पलेट नहीं है: इसे केवल एम्बेडिंग के लिए लोड किया गया था।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This model was not loaded for embeddings; load it with embeddings on.</source>
        <translation>यह मॉडल एम्बेडिंग के लिए लोड नहीं किया गया था; इसे एम्बेडिंग चालू करके लोड करें।</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The conversation needs {tokens:,} tokens but the context holds {n_ctx:,}. Start a new conversation, remove messages, or load the model with a longer context.</source>
        <translation>बातचीत को {tokens:,} टोकन चाहिए, लेकिन कॉन्टेक्स्ट में केवल {n_ctx:,} आते हैं। नई बातचीत शुरू करें, कुछ संदेश हटाएँ, या मॉडल को लंबे कॉन्टेक्स्ट के साथ लोड करें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The prompt needs {tokens:,} tokens but the context holds {n_ctx:,}. Shorten the prompt, or load the model with a longer context.</source>
        <translation>प्रॉम्प्ट को {tokens:,} टोकन चाहिए, लेकिन कॉन्टेक्स्ट में केवल {n_ctx:,} आते हैं। प्रॉम्प्ट छोटा करें, या मॉडल को लंबे कॉन्टेक्स्ट के साथ लोड करें।</translation>
    </message>
    <message>
        <location filename="../../app/engine/preflight.py" line="+28"/>
        <source>Open the first part of a split model: {name}</source>
        <translation>विभाजित मॉडल का पहला भाग खोलें: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This model is split into {parts} files and {missing} are missing: {names}</source>
        <translation>यह मॉडल {parts} फ़ाइलों में बँटा है और उनमें से {missing} नहीं मिलीं: {names}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} was trained for a context of {trained:,} tokens; {n_ctx:,} were asked for. Choose {trained:,} or less.</source>
        <translation>{name} को {trained:,} टोकन के कॉन्टेक्स्ट के लिए प्रशिक्षित किया गया था; {n_ctx:,} माँगे गए। {trained:,} या उससे कम चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/engine/settings.py" line="+42"/>
        <source>Unknown KV cache type {kv_cache_type!r}; use one of {known}.</source>
        <translation>अज्ञात KV कैश प्रकार {kv_cache_type!r}; इनमें से कोई एक उपयोग करें: {known}।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A context of {n_ctx} tokens is too small (minimum 16).</source>
        <translation>{n_ctx} टोकन का कॉन्टेक्स्ट बहुत छोटा है (न्यूनतम 16)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads and batch sizes must be at least 1.</source>
        <translation>थ्रेड और बैच का आकार कम से कम 1 होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert.py" line="+131"/>
        <source>The checkpoint is missing {count} weight(s): {names} (config.json says tie_word_embeddings is false).</source>
        <translation>चेकपॉइंट में {count} वेट मौजूद नहीं हैं: {names} (config.json के अनुसार tie_word_embeddings false है)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checkpoint is missing {count} weight(s): {names}.</source>
        <translation>चेकपॉइंट में {count} वेट मौजूद नहीं हैं: {names}।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The checkpoint has weights a plain Llama does not: {names}. Is it a LlamaForCausalLM checkpoint?</source>
        <translation>चेकपॉइंट में ऐसे वेट हैं जो सामान्य Llama में नहीं होते: {names}। क्या यह LlamaForCausalLM चेकपॉइंट है?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weight {weight} has shape {shape} but config.json implies {expected}.</source>
        <translation>वेट {weight} का आकार {shape} है, लेकिन config.json के अनुसार यह {expected} होना चाहिए।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight {weight} is stored as {dtype}; Paddock converts F32, F16 and BF16 checkpoints, not pre-quantized ones.</source>
        <translation>वेट {weight} {dtype} के रूप में सहेजा गया है; Paddock F32, F16 और BF16 चेकपॉइंट बदलता है, पहले से क्वांटाइज़ किए गए नहीं।</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Not enough disk space for {name}: it needs about {needed_gb:.1f} GB and {folder} has {free_gb:.1f} GB free.</source>
        <translation>{name} के लिए डिस्क में पर्याप्त जगह नहीं है: इसे लगभग {needed_gb:.1f} GB चाहिए और {folder} में {free_gb:.1f} GB खाली है।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{cause} (llama-cpp-python {version})</source>
        <translation>{cause} (llama-cpp-python {version})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The load check</source>
        <translation>लोड जाँच</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The converted {name} does not load in llama.cpp, so it was deleted. {cause}</source>
        <translation>बदली गई फ़ाइल {name} llama.cpp में लोड नहीं होती, इसलिए उसे हटा दिया गया। {cause}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown output type {out_type}; choose one of {choices}.</source>
        <translation>अज्ञात आउटपुट प्रकार {out_type}; इनमें से एक चुनें: {choices}।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The checkpoint folder does not exist: {folder}</source>
        <translation>चेकपॉइंट फ़ोल्डर मौजूद नहीं है: {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/hub/quantize.py" line="+185"/>
        <source>{path} already exists; choose another name or allow overwriting.</source>
        <translation>{path} पहले से मौजूद है; कोई दूसरा नाम चुनें या ओवरराइट करने की अनुमति दें।</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert_config.py" line="+31"/>
        <source>config.json is missing from {folder}; it is not a Hugging Face checkpoint folder.</source>
        <translation>{folder} में config.json नहीं है; यह Hugging Face चेकपॉइंट फ़ोल्डर नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/hub/convert_tokenizer.py" line="+83"/>
        <location filename="../../app/hub/safetensors_reader.py" line="+120"/>
        <source>{name} in {folder} cannot be read ({reason}).</source>
        <translation>{folder} में {name} पढ़ी नहीं जा सकती ({reason})।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>config.json in {folder} is not a JSON object.</source>
        <translation>{folder} में config.json कोई JSON ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This checkpoint is not a Llama: architectures={archs}. Paddock converts {supported} checkpoints.</source>
        <translation>यह चेकपॉइंट Llama नहीं है: architectures={archs}। Paddock {supported} चेकपॉइंट बदलता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This checkpoint is not a Llama: config.json has no architectures and model_type={model_type}.</source>
        <translation>यह चेकपॉइंट Llama नहीं है: config.json में architectures नहीं है और model_type={model_type} है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} lacks the key {key}, which a Llama checkpoint must have.</source>
        <translation>{where} में कुंजी {key} नहीं है, जो Llama चेकपॉइंट में होनी ही चाहिए।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} has {key}={value}; a whole number is needed.</source>
        <translation>{where} में {key}={value} है; एक पूर्णांक चाहिए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} has {key}={value}; a number is needed.</source>
        <translation>{where} में {key}={value} है; एक संख्या चाहिए।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} has {key}={value}; it must be positive.</source>
        <translation>{where} में {key}={value} है; यह धनात्मक होना चाहिए।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>config.json has a rope_scaling that is not an object: {value}.</source>
        <translation>config.json में rope_scaling कोई ऑब्जेक्ट नहीं है: {value}।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where} has high_freq_factor &lt;= low_freq_factor.</source>
        <translation>{where} में high_freq_factor &lt;= low_freq_factor है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>config.json asks for {rope_type} rope scaling; Paddock converts Llama checkpoints with no, linear or llama3 rope scaling.</source>
        <translation>config.json {rope_type} RoPE स्केलिंग माँगता है; Paddock बिना RoPE स्केलिंग वाले, या linear या llama3 RoPE स्केलिंग वाले Llama चेकपॉइंट बदलता है।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>config.json has num_attention_heads={n_head}, not a multiple of num_key_value_heads={n_kv_head}.</source>
        <translation>config.json में num_attention_heads={n_head} है, जो num_key_value_heads={n_kv_head} का गुणज नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>config.json gives an odd head dimension ({head_dim}); rotary embeddings need an even one.</source>
        <translation>config.json में हेड डाइमेंशन विषम है ({head_dim}); रोटरी एम्बेडिंग के लिए सम डाइमेंशन चाहिए।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config.json has hidden_act={act}; Llama uses &apos;silu&apos;.</source>
        <translation>config.json में hidden_act={act} है; Llama &apos;silu&apos; का उपयोग करता है।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>config.json describes a Llama llama.cpp cannot run: {problems}.</source>
        <translation>config.json ऐसे Llama का वर्णन करता है जिसे llama.cpp नहीं चला सकता: {problems}।</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert_tokenizer.py" line="-8"/>
        <source>{name} is missing from {folder}; it holds the tokenizer.</source>
        <translation>{folder} में {name} नहीं है; इसी फ़ाइल में टोकनाइज़र होता है।</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>tokenizer.json holds a tokenizer of unknown type; Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json में अज्ञात प्रकार का टोकनाइज़र है; Paddock बाइट-लेवल BPE टोकनाइज़र (Llama 3 और बाद के) बदलता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tokenizer.json holds a {type} tokenizer; Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json में {type} टोकनाइज़र है; Paddock बाइट-लेवल BPE टोकनाइज़र (Llama 3 और बाद के) बदलता है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tokenizer.json is a BPE tokenizer but not a byte-level one (e.g. Llama 2&apos;s SentencePiece tokenizer); Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json एक BPE टोकनाइज़र है, पर बाइट-लेवल नहीं (जैसे Llama 2 का SentencePiece टोकनाइज़र); Paddock बाइट-लेवल BPE टोकनाइज़र (Llama 3 और बाद के) बदलता है।</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>tokenizer.json has an empty vocabulary.</source>
        <translation>tokenizer.json की शब्दावली खाली है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tokenizer.json has token id {token_id} but config.json says vocab_size={vocab_size}.</source>
        <translation>tokenizer.json में टोकन id {token_id} है, लेकिन config.json के अनुसार vocab_size={vocab_size} है।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>tokenizer_config.json names {key} {token}, which is not in the vocabulary.</source>
        <translation>tokenizer_config.json में {key} के रूप में {token} दिया गया है, जो शब्दावली में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/hub/download.py" line="+98"/>
        <source>&apos;{name}&apos; is not a file name inside a repository.</source>
        <translation>&apos;{name}&apos; किसी रिपॉज़िटरी के अंदर की फ़ाइल का नाम नहीं है।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The disk holding {folder} is full: {reason}. Free some space and try again.</source>
        <translation>{folder} वाली डिस्क भर गई है: {reason}। कुछ जगह खाली करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write into the models folder {folder}: {reason}</source>
        <translation>मॉडल फ़ोल्डर {folder} में नहीं लिखा जा सकता: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is already being downloaded by another Paddock window or paddock-cli. Wait for it to finish, or stop it first.</source>
        <translation>{name} पहले से किसी दूसरी Paddock विंडो या paddock-cli द्वारा डाउनलोड हो रही है। उसके पूरा होने तक रुकें, या पहले उसे रोकें।</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A different file already exists at {path}. Delete it (paddock-cli models delete) or download into another folder.</source>
        <translation>{path} पर पहले से एक अलग फ़ाइल मौजूद है। उसे हटाएँ (paddock-cli models delete) या किसी दूसरे फ़ोल्डर में डाउनलोड करें।</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not enough disk space in {folder}: this download needs {need} more (and Paddock leaves {reserve} free), but only {free} is free. Free some space or choose another models folder.</source>
        <translation>{folder} में डिस्क पर पर्याप्त जगह नहीं है: इस डाउनलोड को {need} और चाहिए (और Paddock {reserve} खाली छोड़ता है), लेकिन केवल {free} खाली है। कुछ जगह खाली करें या कोई दूसरा मॉडल फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/hub/hub_api.py" line="+55"/>
        <source>The hub address &apos;{endpoint}&apos; is not a web address; use e.g. {default} or a mirror&apos;s https:// address.</source>
        <translation>हब का पता &apos;{endpoint}&apos; कोई वेब पता नहीं है; उदाहरण के लिए {default} या किसी मिरर का https:// पता इस्तेमाल करें।</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+101"/>
        <source>{repo_id} (revision {revision}) has no file &apos;{name}&apos;.</source>
        <translation>{repo_id} (संशोधन {revision}) में &apos;{name}&apos; नाम की कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>{cause} The repository has no .gguf files at {revision}.</source>
        <translation>{cause} रिपॉज़िटरी में {revision} पर कोई .gguf फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cause} GGUF files there: {names} and {more} more.</source>
        <translation>{cause} वहाँ मौजूद GGUF फ़ाइलें: {names} और {more} अन्य।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cause} GGUF files there: {names}.</source>
        <translation>{cause} वहाँ मौजूद GGUF फ़ाइलें: {names}।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your Hugging Face token works, but this account has no access to {repo_id} yet. Open {page}, accept the license and request access; downloading works once the request is approved (the page shows its status). If access was already granted, check that the token may read gated repositories (fine-grained tokens need &apos;Read access to contents of all public gated repos you can access&apos;).</source>
        <translation>आपका Hugging Face टोकन काम करता है, लेकिन इस खाते को अभी {repo_id} तक पहुँच नहीं मिली है। {page} खोलें, लाइसेंस स्वीकार करें और पहुँच का अनुरोध करें; अनुरोध स्वीकृत होते ही डाउनलोड काम करेगा (पेज पर उसकी स्थिति दिखती है)। अगर पहुँच पहले ही मिल चुकी है, तो जाँचें कि टोकन प्रतिबंधित (gated) रिपॉज़िटरी पढ़ सकता है (fine-grained टोकन को &apos;Read access to contents of all public gated repos you can access&apos; चाहिए)।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{repo_id} is a gated model: its authors ask everyone to accept their license first. 1) Open {page} while logged in to Hugging Face and accept the license. 2) Create a token with read access at {tokens_page}. 3) Enter it in Paddock&apos;s settings (Hugging Face token) or set the HF_TOKEN environment variable (paddock-cli also takes --token).</source>
        <translation>{repo_id} एक प्रतिबंधित (gated) मॉडल है: इसके लेखक चाहते हैं कि हर कोई पहले उनका लाइसेंस स्वीकार करे। 1) Hugging Face में लॉग इन रहते हुए {page} खोलें और लाइसेंस स्वीकार करें। 2) {tokens_page} पर पढ़ने की अनुमति वाला टोकन बनाएँ। 3) उसे Paddock की सेटिंग्स (Hugging Face टोकन) में डालें या HF_TOKEN एनवायरनमेंट वेरिएबल सेट करें (paddock-cli --token भी स्वीकार करता है)।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{repo_id} has no branch, tag or commit named &apos;{revision}&apos;.</source>
        <translation>{repo_id} में &apos;{revision}&apos; नाम की कोई ब्रांच, टैग या कमिट नहीं है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub has disabled access to {repo_id}.</source>
        <translation>हब ने {repo_id} तक पहुँच बंद कर दी है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no model &apos;{repo_id}&apos; on {endpoint}, or it is private. Check the name (e.g. meta-llama/Llama-3.2-1B-Instruct); a private repository needs a token that can read it.</source>
        <translation>{endpoint} पर &apos;{repo_id}&apos; नाम का कोई मॉडल नहीं है, या वह निजी है। नाम जाँचें (जैसे meta-llama/Llama-3.2-1B-Instruct); निजी रिपॉज़िटरी के लिए ऐसा टोकन चाहिए जो उसे पढ़ सके।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{repo_id}&apos; is not a valid repository name ({reason}). Use owner/name.</source>
        <translation>&apos;{repo_id}&apos; रिपॉज़िटरी का मान्य नाम नहीं है ({reason})। owner/name रूप इस्तेमाल करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hugging Face offline mode is on (HF_HUB_OFFLINE is set); unset it to download models.</source>
        <translation>Hugging Face का ऑफ़लाइन मोड चालू है (HF_HUB_OFFLINE सेट है); मॉडल डाउनलोड करने के लिए इसे हटाएँ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not reach {endpoint}: {reason}. Check the internet connection, a proxy, or the hub address (mirror) in the settings.</source>
        <translation>{endpoint} तक नहीं पहुँचा जा सका: {reason}। इंटरनेट कनेक्शन, प्रॉक्सी, या सेटिंग्स में हब का पता (मिरर) जाँचें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The hub refused the Hugging Face token (invalid, expired or revoked). Create a new one at {tokens_page} and enter it in the settings or HF_TOKEN.</source>
        <translation>हब ने Hugging Face टोकन अस्वीकार कर दिया (अमान्य, समाप्त या रद्द)। {tokens_page} पर नया टोकन बनाएँ और उसे सेटिंग्स में या HF_TOKEN में डालें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The hub refused access to {repo_id} ({status}). If it is gated or private, accept its license at {page} and use a token with read access ({tokens_page}).</source>
        <translation>हब ने {repo_id} तक पहुँच अस्वीकार कर दी ({status})। अगर यह प्रतिबंधित (gated) या निजी है, तो {page} पर इसका लाइसेंस स्वीकार करें और पढ़ने की अनुमति वाला टोकन इस्तेमाल करें ({tokens_page})।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The hub is limiting requests from this address (429). Wait a few minutes and try again.</source>
        <translation>हब इस पते से आने वाले अनुरोधों को सीमित कर रहा है (429)। कुछ मिनट रुककर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hub at {endpoint} answered with error {status}; it may be busy or down. Try again in a few minutes.</source>
        <translation>{endpoint} पर मौजूद हब ने त्रुटि {status} लौटाई; हो सकता है वह व्यस्त हो या बंद हो। कुछ मिनट बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hub refused the request ({status}): {reason}</source>
        <translation>हब ने अनुरोध अस्वीकार कर दिया ({status}): {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/installed.py" line="+83"/>
        <source>{missing} of its {total} parts are missing: {names}</source>
        <translation>इसके {total} हिस्सों में से {missing} गायब हैं: {names}</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>{name} belongs to another app ({source}); delete it there. Paddock deletes only models in its own models folder.</source>
        <translation>{name} किसी दूसरे ऐप ({source}) का है; उसे वहीं से हटाएँ। Paddock केवल अपने मॉडल फ़ोल्डर के मॉडल हटाता है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is not inside the models folder {folder}.</source>
        <translation>{path} मॉडल फ़ोल्डर {folder} के अंदर नहीं है।</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{path} cannot be used: {cause}</source>
        <translation>{path} इस्तेमाल नहीं किया जा सकता: {cause}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} already exists; choose another name or delete it first.</source>
        <translation>{path} पहले से मौजूद है; कोई दूसरा नाम चुनें या पहले उसे हटाएँ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough disk space to copy {name} ({size}); {free} is free. Free some space, or reference the file where it is instead.</source>
        <translation>{name} ({size}) कॉपी करने के लिए डिस्क पर पर्याप्त जगह नहीं है; {free} खाली है। कुछ जगह खाली करें, या इसके बजाय फ़ाइल को उसकी मौजूदा जगह से रेफ़रेंस करें।</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not copy {name}: {reason}</source>
        <translation>{name} कॉपी नहीं की जा सकी: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/quantize.py" line="-131"/>
        <source>Unknown or unsupported quantization &apos;{quant_type}&apos;; choose one of {choices}.</source>
        <translation>अज्ञात या असमर्थित क्वांटाइज़ेशन &apos;{quant_type}&apos;; इनमें से कोई एक चुनें: {choices}।</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>{name} is already quantized ({types} tensors). Quantizing it again loses more quality than quantizing its F16/BF16 original; allow re-quantizing to do it anyway.</source>
        <translation>{name} पहले से क्वांटाइज़ किया हुआ है ({types} टेंसर)। इसे दोबारा क्वांटाइज़ करने से इसके F16/BF16 मूल को क्वांटाइज़ करने की तुलना में ज़्यादा गुणवत्ता घटती है; फिर भी करना हो तो दोबारा क्वांटाइज़ करने की अनुमति दें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quantized model must be written to a new file, not over its source.</source>
        <translation>क्वांटाइज़ किया गया मॉडल किसी नई फ़ाइल में लिखा जाना चाहिए, उसकी स्रोत फ़ाइल के ऊपर नहीं।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The quantization process</source>
        <translation>क्वांटाइज़ेशन प्रक्रिया</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>llama.cpp wrote a {file_type} file, not {quant_type}.</source>
        <translation>llama.cpp ने {quant_type} के बजाय {file_type} फ़ाइल लिखी।</translation>
    </message>
    <message>
        <location filename="../../app/hub/safetensors_reader.py" line="-64"/>
        <source>{name} is not a valid safetensors file (the file is shorter than a safetensors header).</source>
        <translation>{name} मान्य safetensors फ़ाइल नहीं है (फ़ाइल safetensors हेडर से भी छोटी है)।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a valid safetensors file (header length {length:,} does not fit the file).</source>
        <translation>{name} मान्य safetensors फ़ाइल नहीं है (हेडर की लंबाई {length:,} फ़ाइल से मेल नहीं खाती)।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read {path}: {reason}</source>
        <translation>{path} पढ़ा नहीं जा सका: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a valid safetensors file ({reason}).</source>
        <translation>{name} मान्य safetensors फ़ाइल नहीं है ({reason})।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file}: the header entry for {tensor} is damaged ({reason}).</source>
        <translation>{file}: {tensor} की हेडर प्रविष्टि क्षतिग्रस्त है ({reason})।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is truncated: tensor {tensor} needs bytes up to {end:,} but the file holds {size:,}. The download did not finish; fetch it again.</source>
        <translation>{file} अधूरी है: टेंसर {tensor} को बाइट {end:,} तक चाहिए, लेकिन फ़ाइल में केवल {size:,} बाइट हैं। डाउनलोड पूरा नहीं हुआ; इसे फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: tensor {tensor} has {size:,} bytes, not what {dtype}{shape} needs.</source>
        <translation>{file}: टेंसर {tensor} में {size:,} बाइट हैं, जो {dtype}{shape} के लिए आवश्यक संख्या नहीं है।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{folder} is missing weight shard(s) listed in {index}: {shards}.</source>
        <translation>{folder} में {index} में सूचीबद्ध वेट शार्ड मौजूद नहीं हैं: {shards}।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No safetensors weights (*.safetensors) were found in {folder} (PyTorch .pth/.bin weights were found: Paddock converts the Hugging Face safetensors format).</source>
        <translation>{folder} में कोई safetensors वेट (*.safetensors) नहीं मिला (PyTorch .pth/.bin वेट मिले: Paddock Hugging Face का safetensors प्रारूप बदलता है)।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No safetensors weights (*.safetensors) were found in {folder}.</source>
        <translation>{folder} में कोई safetensors वेट (*.safetensors) नहीं मिला।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{index} lists weights that are not in their shard: {weights}.</source>
        <translation>{index} में ऐसे वेट सूचीबद्ध हैं जो अपने शार्ड में नहीं हैं: {weights}।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tensor {tensor} is stored as {dtype}; Paddock converts F32, F16 and BF16 checkpoints (not pre-quantized ones).</source>
        <translation>टेंसर {tensor} {dtype} के रूप में सहेजा गया है; Paddock F32, F16 और BF16 चेकपॉइंट बदलता है (पहले से क्वांटाइज़ किए गए नहीं)।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file} ended while reading {tensor}.</source>
        <translation>{tensor} पढ़ते समय {file} समाप्त हो गई।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read {tensor} from {path}: {reason}</source>
        <translation>{path} से {tensor} पढ़ा नहीं जा सका: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/transfer.py" line="-141"/>
        <source>Cannot download {url}: {reason}</source>
        <translation>{url} डाउनलोड नहीं किया जा सकता: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The download of {name} failed {failures} times in a row ({reason}). The {have:,} bytes received are kept; start the download again to resume.</source>
        <translation>{name} का डाउनलोड लगातार {failures} बार विफल हुआ ({reason})। प्राप्त {have:,} बाइट रखे गए हैं; आगे जारी रखने के लिए डाउनलोड फिर से शुरू करें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub sent {name} round in redirect circles: {reason}</source>
        <translation>हब ने {name} को रीडायरेक्ट के चक्कर में घुमा दिया: {reason}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The download server refused {name} ({status}).</source>
        <translation>डाउनलोड सर्वर ने {name} देने से मना कर दिया ({status})।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sent another part of {name} than asked for ({content_range} for bytes {have}-): the file on the hub may have changed. Nothing was installed; try again.</source>
        <translation>सर्वर ने {name} का माँगे गए हिस्से से अलग हिस्सा भेजा (बाइट {have}- के लिए {content_range}): हो सकता है हब पर फ़ाइल बदल गई हो। कुछ भी इंस्टॉल नहीं हुआ; फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sends {length:,} bytes for {name} but the hub lists {size:,}. Nothing was installed; try again later.</source>
        <translation>सर्वर {name} के लिए {length:,} बाइट भेज रहा है, लेकिन हब {size:,} बताता है। कुछ भी इंस्टॉल नहीं हुआ; बाद में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sent more than the {size:,} bytes the hub lists for {name}. Nothing was installed; try again.</source>
        <translation>सर्वर ने {name} के लिए हब में बताए गए {size:,} बाइट से ज़्यादा भेजे। कुछ भी इंस्टॉल नहीं हुआ; फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The disk is full (or the largest file size allowed was reached) while writing {name}: {reason}. The {have:,} bytes downloaded so far are kept; free some space and start the download again to resume.</source>
        <translation>{name} लिखते समय डिस्क भर गई (या अनुमत अधिकतम फ़ाइल आकार तक पहुँच गया): {reason}। अब तक डाउनलोड हुए {have:,} बाइट रखे गए हैं; कुछ जगह खाली करें और आगे जारी रखने के लिए डाउनलोड फिर से शुरू करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing more could be written to {path}; the disk may be full.</source>
        <translation>{path} में और कुछ नहीं लिखा जा सका; शायद डिस्क भर गई है।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} has {have:,} bytes, the hub lists {size:,}.</source>
        <translation>{name} में {have:,} बाइट हैं, जबकि हब {size:,} बताता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} failed verification: its {checksum} is {got}, the hub says {want}. The damaged download was deleted and nothing was installed; download it again (if this keeps happening, the mirror may serve a broken copy).</source>
        <translation>{name} जाँच में विफल रही: इसका {checksum} {got} है, जबकि हब {want} बताता है। खराब डाउनलोड हटा दिया गया और कुछ भी इंस्टॉल नहीं हुआ; इसे फिर से डाउनलोड करें (अगर ऐसा बार-बार हो, तो शायद मिरर खराब कॉपी दे रहा है)।</translation>
    </message>
    <message>
        <location filename="../../app/jobs/child_process.py" line="+88"/>
        <source>{exit} Last messages in its log:
{log_tail}</source>
        <translation>{exit} इसके लॉग के अंतिम संदेश:
{log_tail}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} stopped answering.</source>
        <translation>{what} ने जवाब देना बंद कर दिया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} was killed ({signal}); the system may have run out of memory.</source>
        <translation>{what} को ज़बरदस्ती बंद किया गया ({signal}); हो सकता है कि सिस्टम की मेमोरी खत्म हो गई हो।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} was stopped ({signal}).</source>
        <translation>{what} को रोका गया ({signal})।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} crashed ({signal}).</source>
        <translation>{what} में क्रैश हुआ ({signal})।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} exited with code {code}.</source>
        <translation>{what} का निकास कोड {code} रहा।</translation>
    </message>
    <message>
        <location filename="../../app/llama/header_check.py" line="+74"/>
        <source>{name} has a damaged Llama header: {problems} (and {more} more). Download or convert the model again.</source>
        <translation>{name} का Llama हेडर खराब है: {problems} (और {more} अन्य)। मॉडल को फिर से डाउनलोड या कन्वर्ट करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} has a damaged Llama header: {problems}. Download or convert the model again.</source>
        <translation>{name} का Llama हेडर खराब है: {problems}। मॉडल को फिर से डाउनलोड या कन्वर्ट करें।</translation>
    </message>
    <message>
        <location filename="../../app/planner/fit_check.py" line="+61"/>
        <source>a {kv_type} KV cache (same context)</source>
        <translation>{kv_type} KV कैश (वही कॉन्टेक्स्ट)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flash attention on (same context)</source>
        <translation>flash attention चालू (वही कॉन्टेक्स्ट)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a context of {n_ctx:,} tokens</source>
        <translation>{n_ctx:,} टोकन का कॉन्टेक्स्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no GPU layers (the model fits in RAM)</source>
        <translation>कोई GPU लेयर नहीं (मॉडल RAM में समा जाता है)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the {quant} quantization (needs {gib:.1f} GiB)</source>
        <translation>{quant} क्वांटाइज़ेशन ({gib:.1f} GiB चाहिए)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing smaller of this model fits either; free memory or choose a smaller model.</source>
        <translation>इस मॉडल का कोई छोटा रूप भी नहीं समाता; मेमोरी खाली करें या कोई छोटा मॉडल चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}.</source>
        <translation>मेमोरी में यह समा सकता है: {first}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would fit: {first}; or {second}.</source>
        <translation>मेमोरी में यह समा सकता है: {first}; या {second}।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}; or {second}; or {third}.</source>
        <translation>मेमोरी में यह समा सकता है: {first}; या {second}; या {third}।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What would fit: {first}; or {second}; or {third}; or {fourth}.</source>
        <translation>मेमोरी में यह समा सकता है: {first}; या {second}; या {third}; या {fourth}।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}; or {second}; or {third}; or {fourth}; or {fifth}.</source>
        <translation>मेमोरी में यह समा सकता है: {first}; या {second}; या {third}; या {fourth}; या {fifth}।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} with a {n_ctx:,}-token context and the {kv_type} KV cache needs {ram_needed:.2f} GiB of RAM and {vram_needed:.2f} GiB of VRAM, but only {ram_budget:.2f} GiB can be used ({ram_available:.2f} GiB available minus {ram_headroom:.2f} GiB headroom); {vram_budget:.2f} GiB of VRAM can be used. {instead}</source>
        <translation>{n_ctx:,} टोकन के कॉन्टेक्स्ट और {kv_type} KV कैश के साथ {name} को {ram_needed:.2f} GiB RAM और {vram_needed:.2f} GiB VRAM चाहिए, लेकिन केवल {ram_budget:.2f} GiB RAM इस्तेमाल की जा सकती है ({ram_available:.2f} GiB उपलब्ध, जिसमें से {ram_headroom:.2f} GiB सुरक्षित छोड़ी जाती है); VRAM में से {vram_budget:.2f} GiB इस्तेमाल की जा सकती है। {instead}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} with a {n_ctx:,}-token context and the {kv_type} KV cache needs {ram_needed:.2f} GiB of RAM, but only {ram_budget:.2f} GiB can be used ({ram_available:.2f} GiB available minus {ram_headroom:.2f} GiB headroom). {instead}</source>
        <translation>{n_ctx:,} टोकन के कॉन्टेक्स्ट और {kv_type} KV कैश के साथ {name} को {ram_needed:.2f} GiB RAM चाहिए, लेकिन केवल {ram_budget:.2f} GiB इस्तेमाल की जा सकती है ({ram_available:.2f} GiB उपलब्ध, जिसमें से {ram_headroom:.2f} GiB सुरक्षित छोड़ी जाती है)। {instead}</translation>
    </message>
    <message>
        <location filename="../../app/remote/openai_client.py" line="+35"/>
        <source>{name} ({url}) did not answer in time.</source>
        <translation>{name} ({url}) ने समय पर जवाब नहीं दिया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({url}) could not be reached: {reason}</source>
        <translation>{name} ({url}) तक नहीं पहुँचा जा सका: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({url}) answered HTTP {status}: {message}</source>
        <translation>{name} ({url}) ने HTTP {status} के साथ जवाब दिया: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({url}) sent something unexpected: {reason}</source>
        <translation>{name} ({url}) ने कुछ अप्रत्याशित भेजा: {reason}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{name} broke off the reply: {reason}</source>
        <translation>{name} ने जवाब बीच में ही रोक दिया: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/remote/remote_engine.py" line="+126"/>
        <source>No remote model is chosen.</source>
        <translation>कोई रिमोट मॉडल नहीं चुना गया है।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name} broke off the reply before its end.</source>
        <translation>{name} ने जवाब पूरा होने से पहले ही रोक दिया।</translation>
    </message>
    <message>
        <location filename="../../app/serve/access.py" line="+38"/>
        <source>The API key must have at least {min_length} characters.</source>
        <translation>API कुंजी में कम से कम {min_length} अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listening on {host} lets other computers use the model; that needs an API key. Add --api-key KEY (clients send it as &apos;Authorization: Bearer KEY&apos;), or leave out --host to listen on {default_host}, this computer only.</source>
        <translation>{host} पर सुनने से दूसरे कंप्यूटर भी मॉडल का उपयोग कर सकते हैं; इसके लिए API कुंजी चाहिए। --api-key KEY जोड़ें (क्लाइंट इसे &apos;Authorization: Bearer KEY&apos; के रूप में भेजते हैं), या केवल इसी कंप्यूटर के लिए {default_host} पर सुनने हेतु --host हटा दें।</translation>
    </message>
    <message>
        <location filename="../../app/serve/http_api.py" line="+334"/>
        <source>Paddock cannot listen on {host} port {port}: {reason}. Choose another port with --port.</source>
        <translation>Paddock {host} के पोर्ट {port} पर नहीं सुन सकता: {reason}। --port से कोई दूसरा पोर्ट चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/store/conversations.py" line="+49"/>
        <location line="+38"/>
        <source>There is no conversation number {conversation_id}.</source>
        <translation>संख्या {conversation_id} वाली कोई बातचीत नहीं है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A conversation title cannot be empty.</source>
        <translation>बातचीत का शीर्षक खाली नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="+60"/>
        <source>The disk is full: Paddock could not save to its conversation database ({path}). Free some disk space and try again; what was saved before is kept.</source>
        <translation>डिस्क भर गई है: Paddock अपने बातचीत डेटाबेस ({path}) में सहेज नहीं सका। डिस्क पर कुछ जगह खाली करें और फिर से कोशिश करें; पहले सहेजा गया सब कुछ सुरक्षित है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conversation database {path} is damaged ({reason}).</source>
        <translation>बातचीत डेटाबेस {path} क्षतिग्रस्त है ({reason})।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The conversation database {path} is locked by another program ({reason}). Close other programs that use it and try again.</source>
        <translation>बातचीत डेटाबेस {path} को किसी दूसरे प्रोग्राम ने लॉक किया हुआ है ({reason})। इसे इस्तेमाल करने वाले दूसरे प्रोग्राम बंद करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paddock cannot open or write its conversation database {path} ({reason}). Check that the folder exists, that the disk is not read-only and that you may write there.</source>
        <translation>Paddock अपना बातचीत डेटाबेस {path} खोल या लिख नहीं सकता ({reason})। जाँचें कि फ़ोल्डर मौजूद है, डिस्क केवल-पढ़ने योग्य नहीं है और आपको वहाँ लिखने की अनुमति है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk reported an error while Paddock used {path} ({reason}).</source>
        <translation>Paddock के {path} इस्तेमाल करते समय डिस्क ने एक त्रुटि बताई ({reason})।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite ran out of memory while using {path}.</source>
        <translation>{path} का इस्तेमाल करते समय SQLite की मेमोरी ख़त्म हो गई।</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Paddock cannot create the folder {folder}: {reason}</source>
        <translation>Paddock फ़ोल्डर {folder} नहीं बना सकता: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/export_files.py" line="+53"/>
        <source>The disk is full: the export to {target} was not written.</source>
        <translation>डिस्क भर गई है: {target} में निर्यात नहीं लिखा गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export could not be written to {target}: {reason}.</source>
        <translation>निर्यात {target} में नहीं लिखा जा सका: {reason}।</translation>
    </message>
    <message>
        <location filename="../../app/store/export_json.py" line="+152"/>
        <source>{where}: expected an object.</source>
        <translation>{where}: एक ऑब्जेक्ट अपेक्षित था।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: the field &quot;{key}&quot; is missing.</source>
        <translation>{where}: फ़ील्ड &quot;{key}&quot; मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>{where}.{key}: unexpected value {value}.</source>
        <translation>{where}.{key}: अनपेक्षित मान {value}।</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{where}.parent_id: {parent} is not an earlier message of this conversation.</source>
        <translation>{where}.parent_id: {parent} इस बातचीत का कोई पिछला संदेश नहीं है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}.id: {id} appears twice.</source>
        <translation>{where}.id: {id} दो बार आता है।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{where}.settings: nested more than {levels} levels deep.</source>
        <translation>{where}.settings: {levels} से ज़्यादा स्तरों तक नेस्ट किया गया है।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}.current_message_id: {current} is not one of its messages.</source>
        <translation>{where}.current_message_id: {current} इसके संदेशों में से नहीं है।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This file is not a Paddock conversations export.</source>
        <translation>यह फ़ाइल Paddock की बातचीत का निर्यात नहीं है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This export was made by a newer Paddock (format version {version}); update Paddock to import it.</source>
        <translation>यह निर्यात Paddock के नए संस्करण से बना है (प्रारूप संस्करण {version}); इसे आयात करने के लिए Paddock अपडेट करें।</translation>
    </message>
    <message>
        <location filename="../../app/store/import_chatgpt.py" line="+127"/>
        <source>conversation {number}: not a ChatGPT conversation (no &quot;mapping&quot;).</source>
        <translation>बातचीत {number}: यह ChatGPT की बातचीत नहीं है (&quot;mapping&quot; नहीं है)।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>conversation {number} (&quot;{title}&quot;) holds no user or assistant text</source>
        <translation>बातचीत {number} (&quot;{title}&quot;) में उपयोगकर्ता या सहायक का कोई पाठ नहीं है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>conversation {number} holds no user or assistant text</source>
        <translation>बातचीत {number} में उपयोगकर्ता या सहायक का कोई पाठ नहीं है</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ChatGPT&apos;s conversations.json should hold a list of conversations.</source>
        <translation>ChatGPT की conversations.json में बातचीतों की एक सूची होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/store/import_files.py" line="-58"/>
        <source>This file is neither a Paddock export (JSON with &quot;format&quot;: &quot;paddock.conversations&quot;) nor ChatGPT&apos;s conversations.json.</source>
        <translation>यह फ़ाइल न तो Paddock का निर्यात है (JSON जिसमें &quot;format&quot;: &quot;paddock.conversations&quot; हो) और न ही ChatGPT की conversations.json।</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+34"/>
        <source>{path} is a damaged zip file: {reason}.</source>
        <translation>{path} एक क्षतिग्रस्त zip फ़ाइल है: {reason}।</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>{path}: its conversations.json inflates to more than {limit:,} bytes, over {times} times its {compressed:,} compressed bytes. No real export compresses that well, so the import stopped and nothing was imported.</source>
        <translation>{path}: इसकी conversations.json खुलकर {limit:,} बाइट से ज़्यादा हो जाती है, जो इसके {compressed:,} संपीड़ित बाइट के {times} गुना से भी ज़्यादा है। कोई असली निर्यात इतना ज़्यादा संपीड़ित नहीं होता, इसलिए आयात रोक दिया गया और कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{path} is a zip file without a conversations.json inside.</source>
        <translation>{path} एक zip फ़ाइल है जिसके अंदर conversations.json नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is an encrypted zip file; unpack it first.</source>
        <translation>{path} एक एन्क्रिप्टेड zip फ़ाइल है; पहले इसे अनपैक करें।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file is not ChatGPT&apos;s conversations.json.</source>
        <translation>यह फ़ाइल ChatGPT की conversations.json नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a Paddock export.</source>
        <translation>यह फ़ाइल Paddock का निर्यात नहीं है।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>file.conversations: should be a list of conversations.</source>
        <translation>file.conversations: बातचीतों की एक सूची होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing in {path} could be imported: {first}.</source>
        <translation>{path} से कुछ भी आयात नहीं किया जा सका: {first}।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing in {path} could be imported: {first}; {second}.</source>
        <translation>{path} से कुछ भी आयात नहीं किया जा सका: {first}; {second}।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in {path} could be imported: {first}; {second}; {third}.</source>
        <translation>{path} से कुछ भी आयात नहीं किया जा सका: {first}; {second}; {third}।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in {path} could be imported: {first}; {second}; {third} (and {more} more).</source>
        <translation>{path} से कुछ भी आयात नहीं किया जा सका: {first}; {second}; {third} (और {more} अन्य)।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} cannot be read as JSON: {reason}.</source>
        <translation>{path} को JSON के रूप में पढ़ा नहीं जा सकता: {reason}।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} holds no conversations: nothing was imported.</source>
        <translation>{path} में कोई बातचीत नहीं है: कुछ भी आयात नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../../app/store/messages.py" line="+67"/>
        <location line="+56"/>
        <source>Message {message_id} is not part of conversation {conversation_id}.</source>
        <translation>संदेश {message_id} बातचीत {conversation_id} का हिस्सा नहीं है।</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>There is no message number {message_id}.</source>
        <translation>संख्या {message_id} वाला कोई संदेश नहीं है।</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Only your own messages can be edited; regenerate a reply instead.</source>
        <translation>केवल आपके अपने संदेश संपादित किए जा सकते हैं; इसके बजाय जवाब फिर से बनवाएँ।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a reply of the model can be regenerated.</source>
        <translation>केवल मॉडल का जवाब ही फिर से बनाया जा सकता है।</translation>
    </message>
    <message>
        <location filename="../../app/store/migrations.py" line="+229"/>
        <source>This Python&apos;s SQLite is version {version}; Paddock&apos;s history search needs SQLite 3.34 or newer (FTS5 trigram).</source>
        <translation>इस Python का SQLite संस्करण {version} है; Paddock की इतिहास खोज के लिए SQLite 3.34 या नया चाहिए (FTS5 trigram)।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The conversation database {path} was written by a newer version of Paddock (it has changes this version does not know: {changes}). Update Paddock to open it. The file was left unchanged.</source>
        <translation>बातचीत डेटाबेस {path} Paddock के नए संस्करण ने लिखा था (इसमें ऐसे बदलाव हैं जिन्हें यह संस्करण नहीं जानता: {changes})। इसे खोलने के लिए Paddock अपडेट करें। फ़ाइल में कोई बदलाव नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../../app/store/search.py" line="+335"/>
        <source>Type a word to search for.</source>
        <translation>खोजने के लिए कोई शब्द लिखें।</translation>
    </message>
</context>
<context>
    <name>AttachedLabel</name>
    <message>
        <location filename="../../ui/widgets/documents_ui.py" line="+63"/>
        <source>whole documents</source>
        <translation>पूरे दस्तावेज़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passages found for each question</source>
        <translation>हर प्रश्न के लिए मिले अंश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers from your documents: %1 (%2)</source>
        <translation>आपके दस्तावेज़ों से उत्तर: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <location filename="../../ui/widgets/compare_window.py" line="+308"/>
        <source>&amp;Compare</source>
        <translation>तुलना (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare models side by side…</source>
        <translation>मॉडलों की साथ-साथ तुलना करें…</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="+114"/>
        <source>GGUF file…</source>
        <translation>GGUF फ़ाइल…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest reply (tokens):</source>
        <translation>सबसे लंबा उत्तर (टोकन):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop this pane</source>
        <translation>यह पैनल रोकें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1</source>
        <translation>मॉडल %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a GGUF model</source>
        <translation>एक GGUF मॉडल चुनें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF मॉडल (*.gguf)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You: </source>
        <translation>आप: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>remote</source>
        <translation>रिमोट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First token %1 s · prompt %2 tokens/s · generation %3 tokens/s · %4 + %5 tokens · memory %6</source>
        <translation>पहला टोकन %1 s · प्रॉम्प्ट %2 टोकन/s · उत्पादन %3 टोकन/s · %4 + %5 टोकन · मेमोरी %6</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../ui/widgets/compare_window.py" line="-158"/>
        <source>Compare models — Paddock</source>
        <translation>मॉडलों की तुलना — Paddock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>साथ-साथ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaderboard</source>
        <translation>लीडरबोर्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panes:</source>
        <translation>पैनल:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind (names hidden and order shuffled until the vote)</source>
        <translation>ब्लाइंड (वोट तक नाम छिपे और क्रम बदला हुआ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New comparison</source>
        <translation>नई तुलना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to all</source>
        <translation>सभी को भेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop all</source>
        <translation>सभी रोकें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message for every pane (Ctrl+Enter sends)</source>
        <translation>हर पैनल के लिए एक संदेश (Ctrl+Enter भेजता है)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tie</source>
        <translation>बराबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both are bad</source>
        <translation>दोनों खराब हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with the winner</source>
        <translation>विजेता के साथ जारी रखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task:</source>
        <translation>कार्य:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language:</source>
        <translation>भाषा:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>टिप्पणी:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is better</source>
        <translation>%1 बेहतर है</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is best</source>
        <translation>%1 सबसे अच्छा है</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a model in every pane.</source>
        <translation>हर पैनल में एक मॉडल चुनें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Together: every pane&apos;s model is loaded at once and they answer at the same time.</source>
        <translation>एक साथ: हर पैनल का मॉडल एक साथ लोड होता है और वे एक ही समय पर उत्तर देते हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One after another: each pane&apos;s model is loaded, answers and is unloaded before the next.</source>
        <translation>एक के बाद एक: हर पैनल का मॉडल लोड होता है, उत्तर देता है और अगले से पहले अनलोड हो जाता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads: %1.</source>
        <translation>थ्रेड: %1।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote: %1 (on a server: no memory or cores here, answers alongside the others).</source>
        <translation>रिमोट: %1 (एक सर्वर पर: यहाँ कोई मेमोरी या कोर नहीं, बाकियों के साथ ही जवाब देता है)।</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stopped.</source>
        <translation>रोक दिया गया।</translation>
    </message>
</context>
<context>
    <name>ContextFullBox</name>
    <message>
        <location filename="../../ui/widgets/context_full.py" line="+31"/>
        <source>This message does not fit in the context</source>
        <translation>यह संदेश संदर्भ में नहीं समाता</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conversation, your message and the room kept for the reply need about %1 tokens; the model is loaded with a context of %2 tokens. What should Paddock do in this chat?</source>
        <translation>बातचीत, आपके संदेश और उत्तर के लिए सुरक्षित जगह को लगभग %1 टोकन चाहिए; मॉडल %2 टोकन के संदर्भ के साथ लोड है। इस चैट में Paddock क्या करे?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload with a longer context (%1 tokens)</source>
        <translation>लंबे संदर्भ के साथ फिर से लोड करें (%1 टोकन)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking whether it fits in memory…</source>
        <translation>जाँच रहे हैं कि यह मेमोरी में समाएगा या नहीं…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the oldest turns</source>
        <translation>सबसे पुरानी बातचीत छोड़ दें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system prompt stays; the turns left out are dimmed in the chat</source>
        <translation>सिस्टम प्रॉम्प्ट बना रहता है; छोड़ी गई बातचीत चैट में धुंधली दिखती है</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../ui/widgets/context_meter.py" line="+75"/>
        <source>Context: %1 of %2 tokens</source>
        <translation>संदर्भ: %2 में से %1 टोकन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt: %1</source>
        <translation>सिस्टम प्रॉम्प्ट: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation: %1</source>
        <translation>बातचीत: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message: %1</source>
        <translation>आपका संदेश: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for the reply: %1</source>
        <translation>उत्तर के लिए सुरक्षित: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next message does not fit in the context.</source>
        <translation>अगला संदेश संदर्भ में नहीं समाएगा।</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../ui/widgets/convert_dialog.py" line="+59"/>
        <source>Convert a Hugging Face model</source>
        <translation>Hugging Face मॉडल बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>लोड करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From %1 to an F16 GGUF in the models folder.</source>
        <translation>%1 से मॉडल फ़ोल्डर में F16 GGUF तक।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the GGUF: %1 of %2</source>
        <translation>GGUF लिखा जा रहा है: %2 में से %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking that llama.cpp loads the result…</source>
        <translation>जाँच रहे हैं कि llama.cpp नतीजा लोड करता है…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the folder: configuration, weights, tokenizer, disk space…</source>
        <translation>फ़ोल्डर जाँच रहे हैं: कॉन्फ़िगरेशन, वेट्स, टोकनाइज़र, डिस्क स्पेस…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>पूरा हुआ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was left behind.</source>
        <translation>रद्द; कुछ भी पीछे नहीं छूटा।</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/crash.py" line="+47"/>
        <source>Paddock hit a bug</source>
        <translation>Paddock में एक बग आ गया है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong. Your conversations are saved. The details below were written to the log; please include them in a bug report.</source>
        <translation>कुछ अनपेक्षित गड़बड़ हो गई। आपकी बातचीत सहेजी गई हैं। नीचे दिया गया विवरण लॉग में लिखा गया है; कृपया इसे बग रिपोर्ट में शामिल करें।</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../ui/widgets/documents_dialog.py" line="+118"/>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own documents, indexed on this computer: nothing is sent anywhere. Tick a collection to answer the chat on screen from it.</source>
        <translation>आपके अपने दस्तावेज़, इसी कंप्यूटर पर अनुक्रमित: कुछ भी कहीं नहीं भेजा जाता। स्क्रीन पर चल रही चैट को किसी संग्रह से उत्तर दिलाने के लिए उसे चुनें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collection name</source>
        <translation>संग्रह का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;files…</source>
        <translation>फ़ाइलें जोड़ें (&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add f&amp;older…</source>
        <translation>फ़ोल्डर जोड़ें (&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-scan</source>
        <translation>फिर से स्कैन करें (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not indexed:</source>
        <translation>अनुक्रमित नहीं:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Embedding model:</source>
        <translation>&amp;एम्बेडिंग मॉडल:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 files, %3 passages, %4 tokens</source>
        <translation>%1: %2 फ़ाइलें, %3 अंश, %4 टोकन</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read whole documents instead of searching them (%1 tokens)</source>
        <translation>खोजने के बजाय पूरे दस्तावेज़ पढ़ें (%1 टोकन)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>None: keyword search only</source>
        <translation>कोई नहीं: केवल कीवर्ड खोज</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download %1 (%2 MB)…</source>
        <translation>%1 डाउनलोड करें (%2 MB)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a GGUF file…</source>
        <translation>कोई GGUF फ़ाइल चुनें…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passages are found by their words and by their meaning (%1), in any of the languages the model knows.</source>
        <translation>अंश उनके शब्दों और उनके अर्थ (%1) से खोजे जाते हैं, मॉडल की जानी हुई किसी भी भाषा में।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyword search only: passages are found by the words of the question. Choose an embedding model (multilingual-e5, bge-m3) to also find them by meaning.</source>
        <translation>केवल कीवर्ड खोज: अंश प्रश्न के शब्दों से खोजे जाते हैं। उन्हें अर्थ से भी खोजने के लिए कोई एम्बेडिंग मॉडल (multilingual-e5, bge-m3) चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading %1 (see the downloads list): it is offered here once it is in.</source>
        <translation>%1 डाउनलोड हो रहा है (डाउनलोड सूची देखें): पूरा होते ही यह यहाँ दिखेगा।</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 of %2 files, about %3 s left</source>
        <translation>%2 में से %1 फ़ाइलें, लगभग %3 सेकंड शेष</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedding passages: %1 of %2</source>
        <translation>अंशों की एम्बेडिंग: %2 में से %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, about %2 s left</source>
        <translation>%1, लगभग %2 सेकंड बाकी</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a kind of file Paddock reads</source>
        <translation>ऐसी फ़ाइल जिसे Paddock नहीं पढ़ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scanned PDF without text</source>
        <translation>बिना टेक्स्ट वाली स्कैन की गई PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged</source>
        <translation>क्षतिग्रस्त</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Indexing stopped; the files done so far are kept.</source>
        <translation>अनुक्रमण रोका गया; अब तक पूरी हुई फ़ाइलें रखी गई हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add documents</source>
        <translation>दस्तावेज़ जोड़ें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an embedding model</source>
        <translation>एम्बेडिंग मॉडल चुनें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a folder of documents</source>
        <translation>दस्तावेज़ों का फ़ोल्डर जोड़ें</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../../ui/widgets/documents_ui.py" line="-27"/>
        <source>&amp;Documents</source>
        <translation>दस्तावेज़ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collections…</source>
        <translation>संग्रह (&amp;C)…</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../ui/widgets/downloads_panel.py" line="+88"/>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>फिर शुरू करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load</source>
        <translation>लोड करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the download before it</source>
        <translation>पिछले डाउनलोड का इंतज़ार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking the hub…</source>
        <translation>हब से पूछ रहे हैं…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the bytes kept from before: %1</source>
        <translation>पहले रखे गए बाइट जाँच रहे हैं: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified; installing…</source>
        <translation>जाँच पूरी; इंस्टॉल हो रहा है…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/s</source>
        <translation>%1/सेकंड</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left</source>
        <translation>%1 बाकी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: %1 kept. Resume continues from there.</source>
        <translation>रुका हुआ: %1 रखा गया। फिर शुरू करने पर वहीं से आगे बढ़ेगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed and verified (sha256), %1.</source>
        <translation>इंस्टॉल और जाँचा गया (sha256), %1।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; the partial file was deleted.</source>
        <translation>रद्द; अधूरी फ़ाइल हटा दी गई।</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+45"/>
        <source>This model file cannot be used</source>
        <translation>यह मॉडल फ़ाइल इस्तेमाल नहीं की जा सकती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model is not supported</source>
        <translation>यह मॉडल समर्थित नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The context is longer than this model supports</source>
        <translation>कॉन्टेक्स्ट इस मॉडल की समर्थित लंबाई से ज़्यादा है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conversation no longer fits in the context</source>
        <translation>बातचीत अब कॉन्टेक्स्ट में नहीं समाती</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s chat template was refused</source>
        <translation>मॉडल का चैट टेम्पलेट अस्वीकार कर दिया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model engine reported a problem</source>
        <translation>मॉडल इंजन ने एक समस्या बताई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model stopped unexpectedly</source>
        <translation>मॉडल अचानक बंद हो गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded</source>
        <translation>कोई मॉडल लोड नहीं किया गया है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remote backend cannot be reached (is the server running, is the address right?)</source>
        <translation>रिमोट बैकएंड तक नहीं पहुँचा जा सका (क्या सर्वर चल रहा है, क्या पता सही है?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The remote backend did not answer in time</source>
        <translation>रिमोट बैकएंड ने समय पर जवाब नहीं दिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remote backend answered with an error</source>
        <translation>रिमोट बैकएंड ने त्रुटि के साथ जवाब दिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These settings cannot be used</source>
        <translation>ये सेटिंग इस्तेमाल नहीं की जा सकतीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model does not fit in memory</source>
        <translation>यह मॉडल मेमोरी में नहीं समाता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation history cannot be used</source>
        <translation>बातचीत का इतिहास इस्तेमाल नहीं किया जा सकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full</source>
        <translation>डिस्क भर गई है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database is damaged</source>
        <translation>बातचीत का डेटाबेस खराब हो गया है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database is busy</source>
        <translation>बातचीत का डेटाबेस अभी व्यस्त है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database cannot be opened</source>
        <translation>बातचीत का डेटाबेस खोला नहीं जा सकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation history was written by a newer Paddock</source>
        <translation>बातचीत का इतिहास Paddock के नए संस्करण ने लिखा है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation no longer exists</source>
        <translation>यह बातचीत अब मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export could not be written</source>
        <translation>एक्सपोर्ट फ़ाइल लिखी नहीं जा सकी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be imported</source>
        <translation>यह फ़ाइल आयात नहीं की जा सकती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddock&apos;s model list is damaged</source>
        <translation>Paddock की मॉडल सूची क्षतिग्रस्त है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hugging Face refused access to this model</source>
        <translation>Hugging Face ने इस मॉडल तक पहुँच देने से मना कर दिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model was not found on Hugging Face</source>
        <translation>यह मॉडल Hugging Face पर नहीं मिला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hugging Face cannot be reached</source>
        <translation>Hugging Face तक पहुँचा नहीं जा सकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download is damaged</source>
        <translation>डाउनलोड क्षतिग्रस्त है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is not enough disk space</source>
        <translation>डिस्क में पर्याप्त जगह नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This download is in the way of another</source>
        <translation>यह डाउनलोड किसी दूसरे डाउनलोड से टकरा रहा है</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Something went wrong</source>
        <translation>कुछ गड़बड़ हो गई</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../ui/widgets/first_run_page.py" line="+156"/>
        <location line="+83"/>
        <source>Working out which Llama suits this computer…</source>
        <translation>पता लगा रहे हैं कि इस कंप्यूटर के लिए कौन-सा Llama ठीक है…</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Get a Llama</source>
        <translation>Llama पाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Welcome to Paddock&lt;/h2&gt;Paddock runs Llama models on this computer; nothing you type leaves it. First you need a model: here is what fits.</source>
        <translation>&lt;h2&gt;Paddock में आपका स्वागत है&lt;/h2&gt;Paddock इसी कंप्यूटर पर Llama मॉडल चलाता है; आप जो भी लिखते हैं वह कहीं बाहर नहीं जाता। पहले एक मॉडल चाहिए: यहाँ देखिए क्या फ़िट होता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer</source>
        <translation>यह कंप्यूटर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Llama that suits it</source>
        <translation>इसके लिए सही Llama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence and other ways to a model</source>
        <translation>लाइसेंस और मॉडल पाने के दूसरे तरीके</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan for a context of:</source>
        <translation>इतने संदर्भ के लिए योजना:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download it</source>
        <translation>डाउनलोड करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a GGUF file…</source>
        <translation>GGUF फ़ाइल खोलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this one</source>
        <translation>इसे इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>Convert a Hugging Face folder…</source>
        <translation>Hugging Face फ़ोल्डर बदलें…</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>A folder with config.json, tokenizer and .safetensors files</source>
        <translation>config.json, टोकनाइज़र और .safetensors फ़ाइलों वाला फ़ोल्डर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models found in the Hugging Face cache, LM Studio and Ollama</source>
        <translation>Hugging Face कैश, LM Studio और Ollama में मिले GGUF मॉडल</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meta&apos;s Llama models come under their community licences: %1. Using a model means accepting its licence.</source>
        <translation>Meta के Llama मॉडल उनके सामुदायिक लाइसेंस के तहत आते हैं: %1। किसी मॉडल का इस्तेमाल करने का मतलब है उसका लाइसेंस स्वीकार करना।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock downloads ready-made GGUF files from community repositories that need no account. Meta&apos;s own repositories are gated: accept the licence on huggingface.co, create a token with read access at &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; and set it as HF_TOKEN before starting Paddock.</source>
        <translation>Paddock ऐसी सामुदायिक रिपॉज़िटरी से तैयार GGUF फ़ाइलें डाउनलोड करता है जिनके लिए खाते की ज़रूरत नहीं। Meta की अपनी रिपॉज़िटरी प्रतिबंधित हैं: huggingface.co पर लाइसेंस स्वीकार करें, &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; पर पढ़ने की अनुमति वाला टोकन बनाएँ और Paddock शुरू करने से पहले उसे HF_TOKEN के रूप में सेट करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measuring this computer…</source>
        <translation>इस कंप्यूटर को माप रहे हैं…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory: %1 in total, %2 free now.</source>
        <translation>मेमोरी: कुल %1, अभी %2 ख़ाली।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock may use at most %1 here (a limit set for this session); %2 of it is free.</source>
        <translation>Paddock यहाँ अधिकतम %1 इस्तेमाल कर सकता है (इस सत्र के लिए तय सीमा); उसमें से %2 ख़ाली है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processor: %1, %2 cores.</source>
        <translation>प्रोसेसर: %1, %2 कोर।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graphics: %1, sharing the computer&apos;s memory (up to %2).</source>
        <translation>ग्राफ़िक्स: %1, कंप्यूटर की मेमोरी साझा करता है (अधिकतम %2)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graphics: %1 with %2 of video memory (%3 free).</source>
        <translation>ग्राफ़िक्स: %1, %2 वीडियो मेमोरी के साथ (%3 ख़ाली)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graphics: %1 with %2 of video memory.</source>
        <translation>ग्राफ़िक्स: %1, %2 वीडियो मेमोरी के साथ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock&apos;s llama.cpp can use it.</source>
        <translation>Paddock का llama.cpp इसका इस्तेमाल कर सकता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether Paddock&apos;s llama.cpp can use it is unknown.</source>
        <translation>पता नहीं कि Paddock का llama.cpp इसका इस्तेमाल कर सकता है या नहीं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paddock&apos;s llama.cpp was built for the CPU only, so it is not used.</source>
        <translation>Paddock का llama.cpp केवल CPU के लिए बना है, इसलिए इसका इस्तेमाल नहीं होता।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card that llama.cpp could use was found: models run on the processor.</source>
        <translation>ऐसा कोई ग्राफ़िक्स कार्ड नहीं मिला जिसे llama.cpp इस्तेमाल कर सके: मॉडल प्रोसेसर पर चलते हैं।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No Llama in the catalog fits in the memory that is free now at this context. Close other programs or choose a shorter context.</source>
        <translation>इस संदर्भ पर कैटलॉग का कोई भी Llama अभी ख़ाली मेमोरी में फ़िट नहीं होता। दूसरे प्रोग्राम बंद करें या छोटा संदर्भ चुनें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It fits in the %1 of video memory with %2 to spare</source>
        <translation>यह %1 वीडियो मेमोरी में फ़िट होता है और %2 बचता है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It fits in your %1 of memory with %2 to spare</source>
        <translation>यह आपकी %1 मेमोरी में फ़िट होता है और %2 बचता है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, writing %1.</source>
        <translation>, और %1 लिखता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt;, %2, with a context of %3.</source>
        <translation>सुझाव: &lt;b&gt;%1&lt;/b&gt;, %2, %3 के संदर्भ के साथ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longest context that fits: %1.</source>
        <translation>सबसे लंबा संदर्भ जो फ़िट होता है: %1।</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No GGUF model found in other apps&apos; folders</source>
        <translation>दूसरे ऐप्स के फ़ोल्डरों में कोई GGUF मॉडल नहीं मिला</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not enough disk space for it: %1 to download, %2 free. Free some space first.</source>
        <translation>इसके लिए डिस्क पर जगह कम है: %1 डाउनलोड करना है, %2 ख़ाली है। पहले कुछ जगह ख़ाली करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to download; %2 free on the disk.</source>
        <translation>%1 डाउनलोड करना है; डिस्क पर %2 ख़ाली है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From %1 (no account needed)</source>
        <translation>%1 से (खाते की ज़रूरत नहीं)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ready-made file of this one: convert the Hugging Face model and quantize it</source>
        <translation>इसकी कोई तैयार फ़ाइल नहीं: Hugging Face मॉडल को बदलें और क्वांटाइज़ करें</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/widgets/help_menu.py" line="+49"/>
        <source>&amp;Help</source>
        <translation>&amp;सहायता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Paddock</source>
        <translation>Paddock के &amp;बारे में</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paddock %1</source>
        <translation>Paddock %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat with Llama models on your own computer. Your conversations stay on it.</source>
        <translation>अपने ही कंप्यूटर पर Llama मॉडल से बातचीत करें। आपकी बातचीत उसी पर रहती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models run with llama.cpp.</source>
        <translation>मॉडल llama.cpp से चलते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Llama licence notice:</source>
        <translation>Llama लाइसेंस सूचना:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the Llama 3.1 Community License</source>
        <translation>Llama 3.1 Community License पढ़ें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Paddock</source>
        <translation>Paddock के बारे में</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/widgets/history_panel.py" line="+103"/>
        <source>Search all conversations</source>
        <translation>सभी बातचीत में खोजें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled conversation</source>
        <translation>बिना शीर्षक की बातचीत</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n संदेश मिला</numerusform>
            <numerusform>%n संदेश मिले</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found for “%1”.</source>
        <translation>“%1” के लिए कुछ नहीं मिला।</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n संदेश</numerusform>
            <numerusform>%1 · %n संदेश</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening your conversations…</source>
        <translation>आपकी बातचीत खोली जा रही है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations are not being saved: %1</source>
        <translation>बातचीत सहेजी नहीं जा रही है: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your conversations will be listed here.</source>
        <translation>आपकी बातचीत यहाँ दिखाई देंगी।</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Rename…</source>
        <translation>नाम बदलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin</source>
        <translation>पिन हटाएँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin to the top</source>
        <translation>सबसे ऊपर पिन करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as Markdown…</source>
        <translation>Markdown के रूप में एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation>JSON के रूप में एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename conversation</source>
        <translation>बातचीत का नाम बदलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>शीर्षक:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paddock JSON (*.json)</source>
        <translation>Paddock JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export conversation</source>
        <translation>बातचीत एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete conversation</source>
        <translation>बातचीत हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this conversation and all its messages? This cannot be undone.</source>
        <translation>यह बातचीत और इसके सभी संदेश हटाएँ? इसे वापस नहीं लाया जा सकता।</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../ui/widgets/language_box.py" line="+40"/>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>इंटरफ़ेस की भाषा</translation>
    </message>
</context>
<context>
    <name>LeaderboardChart</name>
    <message>
        <location filename="../../ui/widgets/leaderboard_chart.py" line="+80"/>
        <source>No votes yet. Compare models side by side and vote to see their ratings here.</source>
        <translation>अभी तक कोई वोट नहीं। मॉडलों की साथ-साथ तुलना करें और वोट दें, उनकी रेटिंग यहाँ दिखेगी।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings with 95 % intervals</source>
        <translation>95 % अंतराल के साथ रेटिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate of the row&apos;s model against the column&apos;s</source>
        <translation>पंक्ति वाले मॉडल की कॉलम वाले मॉडल के विरुद्ध जीत दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ties count half a win each way; the small number is the battles between the two.</source>
        <translation>बराबरी दोनों ओर आधी जीत गिनी जाती है; छोटी संख्या दोनों के बीच मुक़ाबलों की गिनती है।</translation>
    </message>
</context>
<context>
    <name>LeaderboardPage</name>
    <message>
        <location filename="../../ui/widgets/compare_leaderboard.py" line="+86"/>
        <source>Include votes cast with the names visible</source>
        <translation>नाम दिखते हुए दिए गए वोट भी शामिल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out &quot;both are bad&quot; votes</source>
        <translation>&quot;दोनों खराब हैं&quot; वाले वोट छोड़ दें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise a &quot;both are bad&quot; vote counts as a tie.</source>
        <translation>वरना &quot;दोनों खराब हैं&quot; वाला वोट बराबरी गिना जाता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task:</source>
        <translation>कार्य:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>भाषा:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>रेटिंग</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95 % interval</source>
        <translation>95 % अंतराल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Battles</source>
        <translation>मुकाबले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins / ties / losses</source>
        <translation>जीत / बराबर / हार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Win rate</source>
        <translation>जीत दर</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No votes yet: compare two models and vote.</source>
        <translation>अभी कोई वोट नहीं: दो मॉडलों की तुलना करें और वोट दें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bradley–Terry ratings on the Elo scale; ties count half a win each way; intervals from %1 resamples of the votes.</source>
        <translation>Elo पैमाने पर Bradley–Terry रेटिंग; बराबरी दोनों ओर आधी जीत गिनी जाती है; अंतराल वोटों के %1 पुनर्नमूनों से।</translation>
    </message>
</context>
<context>
    <name>LoadSettingsDialog</name>
    <message>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+185"/>
        <source>Load settings</source>
        <translation>लोड सेटिंग्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it costs</source>
        <translation>इसकी लागत</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-115"/>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+1"/>
        <source>Context:</source>
        <translation>संदर्भ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+0"/>
        <location line="+9"/>
        <source>KV cache:</source>
        <translation>KV कैश:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="-9"/>
        <source>GPU layers:</source>
        <translation>GPU लेयर:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> tokens</source>
        <translation> टोकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the conversation the model can see at once</source>
        <translation>मॉडल एक बार में बातचीत का कितना हिस्सा देख सकता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>q8_0 and q4_0 store the context in less memory (q8_0 loses almost nothing)</source>
        <translation>q8_0 और q4_0 संदर्भ को कम मेमोरी में रखते हैं (q8_0 में लगभग कुछ नहीं खोता)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash attention</source>
        <translation>फ़्लैश अटेंशन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planner&apos;s choice</source>
        <translation>प्लानर की पसंद</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+154"/>
        <source>Layers run on the GPU; the rest run on the CPU from RAM</source>
        <translation>GPU पर चलने वाली लेयर; बाकी RAM से CPU पर चलती हैं</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Weights:</source>
        <translation>वेट्स:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compute buffers:</source>
        <translation>कंप्यूट बफ़र:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory needed:</source>
        <translation>ज़रूरी मेमोरी:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory available:</source>
        <translation>उपलब्ध मेमोरी:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the prompt:</source>
        <translation>प्रॉम्प्ट पढ़ना:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the reply:</source>
        <translation>जवाब लिखना:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading a full context:</source>
        <translation>पूरा संदर्भ पढ़ना:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would fit instead:</source>
        <translation>इसके बजाय क्या फ़िट होगा:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load anyway (it may be very slow or fail)</source>
        <translation>फिर भी लोड करें (यह बहुत धीमा हो सकता है या विफल हो सकता है)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>लोड करें</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading %1…</source>
        <translation>%1 पढ़ रहे हैं…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · trained for %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · %5 के लिए प्रशिक्षित</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planning…</source>
        <translation>योजना बन रही है…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quantized KV cache needs flash attention: it is turned on with it</source>
        <translation>क्वांटाइज़्ड KV कैश को फ़्लैश अटेंशन चाहिए: यह उसके साथ चालू हो जाता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses less memory for long contexts</source>
        <translation>लंबे संदर्भों के लिए कम मेमोरी लेता है</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 of RAM</source>
        <translation>%1 RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of RAM (%2 after keeping some free)</source>
        <translation>%1 RAM (कुछ ख़ाली छोड़ने के बाद %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of VRAM</source>
        <translation>%1 VRAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of VRAM on %2</source>
        <translation>%2 पर %1 VRAM</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No GPU that this llama.cpp build can use: every layer runs on the CPU</source>
        <translation>ऐसा कोई GPU नहीं जिसे यह llama.cpp इस्तेमाल कर सके: हर लेयर CPU पर चलती है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planner&apos;s choice (%1)</source>
        <translation>प्लानर की पसंद (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A smaller file of this model would fit: %1 (needs %2).</source>
        <translation>इस मॉडल की छोटी फ़ाइल फ़िट होगी: %1 (%2 चाहिए)।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use a %1 KV cache (same context)</source>
        <translation>%1 KV कैश इस्तेमाल करें (वही संदर्भ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn flash attention on (same context)</source>
        <translation>फ़्लैश अटेंशन चालू करें (वही संदर्भ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the context to %1</source>
        <translation>संदर्भ को %1 तक छोटा करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run on the CPU only (no GPU layers)</source>
        <translation>केवल CPU पर चलाएँ (कोई GPU लेयर नहीं)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="+181"/>
        <source>Copied</source>
        <translation>कॉपी हो गया</translation>
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
        <translation>मॉडल खोलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a GGUF model file on this computer</source>
        <translation>इस कंप्यूटर पर कोई GGUF मॉडल फ़ाइल चुनें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>नई बातचीत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message. Enter sends, Shift+Enter adds a line.</source>
        <translation>संदेश लिखें। Enter भेजता है, Shift+Enter नई पंक्ति जोड़ता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>फिर से लिखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling…</source>
        <translation>सैंपलिंग…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature, top-p and the other sampling settings of this chat</source>
        <translation>इस बातचीत का तापमान और सैंपलिंग की बाकी सेटिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the last reply again; the first one is kept in the history</source>
        <translation>पिछला जवाब फिर से लिखवाएँ; पहला जवाब इतिहास में रखा रहता है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading %1…</source>
        <translation>%1 लोड हो रहा है…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · context %3 tokens</source>
        <translation>%1 · %2 · कॉन्टेक्स्ट %3 टोकन</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model loaded</source>
        <translation>कोई मॉडल लोड नहीं है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>finished</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length limit reached</source>
        <translation>लंबाई की सीमा पूरी हुई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context is full</source>
        <translation>कॉन्टेक्स्ट भर गया है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln टोकन</numerusform>
            <numerusform>%Ln टोकन</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tokens/s</source>
        <translation>%1 टोकन/सेकंड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first token after %1 s</source>
        <translation>पहला टोकन %1 सेकंड में</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 prompt tokens reused</source>
        <translation>प्रॉम्प्ट के %2 में से %1 टोकन दोबारा इस्तेमाल हुए</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model saw the last %1 of %2 messages</source>
        <translation>मॉडल ने %2 में से आख़िरी %1 संदेश देखे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing…</source>
        <translation>लिख रहा है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the model…</source>
        <translation>मॉडल लोड हो रहा है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready. Type a message below.</source>
        <translation>तैयार है। नीचे संदेश लिखें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a GGUF model file to start.</source>
        <translation>शुरू करने के लिए कोई GGUF मॉडल फ़ाइल खोलें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a GGUF model</source>
        <translation>GGUF मॉडल खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF मॉडल (*.gguf);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The model is still loading; send your message when it is ready.</source>
        <translation>मॉडल अभी लोड हो रहा है; तैयार होने पर अपना संदेश भेजें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reply is being written. Wait for it, or press Stop (Esc).</source>
        <translation>एक जवाब लिखा जा रहा है। उसका इंतज़ार करें, या “रोकें” दबाएँ (Esc)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded. Click &quot;Open model…&quot; and choose a GGUF file first.</source>
        <translation>कोई मॉडल लोड नहीं है। पहले “मॉडल खोलें…” पर क्लिक करें और एक GGUF फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Editing a message: Enter sends the new version from there; the first one is kept.</source>
        <translation>संदेश संपादित हो रहा है: Enter वहीं से नया संस्करण भेजता है; पहला संस्करण रखा जाता है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Editing your last message: Enter sends the new version; the first one is kept.</source>
        <translation>आप अपना पिछला संदेश बदल रहे हैं: Enter नया संस्करण भेजता है; पहला संस्करण रखा रहता है।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Load anyway</source>
        <translation>फिर भी लोड करें</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paddock restored the most recent backup; conversations changed after it are missing.</source>
        <translation>Paddock ने सबसे हाल का बैकअप बहाल किया; उसके बाद बदली गई बातचीत उसमें नहीं हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usable backup was found, so the history starts empty.</source>
        <translation>कोई काम का बैकअप नहीं मिला, इसलिए इतिहास खाली से शुरू होता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your conversation database was damaged.</source>
        <translation>आपका बातचीत डेटाबेस खराब हो गया था।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The damaged file was kept as %1.</source>
        <translation>खराब फ़ाइल %1 के रूप में रखी गई है।</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n reply(ies) were cut off when Paddock last closed; their text so far was kept.</source>
        <translation>
            <numerusform>Paddock के पिछली बार बंद होने पर %n जवाब अधूरा रह गया; अब तक का पाठ सहेजा गया।</numerusform>
            <numerusform>Paddock के पिछली बार बंद होने पर %n जवाब अधूरे रह गए; अब तक का पाठ सहेजा गया।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1</source>
        <translation>%1 में एक्सपोर्ट किया गया</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../ui/widgets/model_manager.py" line="+109"/>
        <location line="+80"/>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Installed models</source>
        <translation>इंस्टॉल किए गए मॉडल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads</source>
        <translation>डाउनलोड</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_leaderboard.py" line="-29"/>
        <location filename="../../ui/widgets/model_manager.py" line="+1"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_manager.py" line="+0"/>
        <source>Quantization</source>
        <translation>क्वांटाइज़ेशन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameters</source>
        <translation>पैरामीटर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trained context</source>
        <translation>प्रशिक्षित संदर्भ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load…</source>
        <translation>लोड करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantize…</source>
        <translation>क्वांटाइज़ करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again</source>
        <translation>फिर से खोजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No downloads. Models &gt; Get a model… offers one that fits.</source>
        <translation>कोई डाउनलोड नहीं। मॉडल &gt; मॉडल पाएँ… फ़िट होने वाला मॉडल सुझाता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paddock&apos;s models folder</source>
        <translation>Paddock का मॉडल फ़ोल्डर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used where it is</source>
        <translation>जहाँ है वहीं से इस्तेमाल</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The loaded model cannot be deleted; load another one first</source>
        <translation>लोड किया गया मॉडल हटाया नहीं जा सकता; पहले कोई दूसरा लोड करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an F32, F16 or BF16 model can be quantized</source>
        <translation>केवल F32, F16 या BF16 मॉडल को क्वांटाइज़ किया जा सकता है</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete %1? This frees %2 on disk.</source>
        <translation>%1 हटाएँ? इससे डिस्क पर %2 ख़ाली होगा।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget %1? The file stays where it is; Paddock stops listing it.</source>
        <translation>%1 को भूल जाएँ? फ़ाइल जहाँ है वहीं रहेगी; Paddock उसे सूची में नहीं दिखाएगा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget</source>
        <translation>भूल जाएँ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 deleted: %2 freed.</source>
        <translation>%1 हटाया गया: %2 ख़ाली हुआ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer listed; the file was left where it is.</source>
        <translation>%1 अब सूची में नहीं है; फ़ाइल जहाँ थी वहीं छोड़ दी गई।</translation>
    </message>
</context>
<context>
    <name>ModelOpener</name>
    <message>
        <location filename="../../ui/widgets/model_opener.py" line="+34"/>
        <source>Open a GGUF model</source>
        <translation>GGUF मॉडल खोलें</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_dialog.py" line="-5"/>
        <location filename="../../ui/widgets/model_opener.py" line="+0"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF मॉडल (*.gguf);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../ui/widgets/model_picker.py" line="+66"/>
        <source>Installed models</source>
        <translation>इंस्टॉल किए गए मॉडल</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-1"/>
        <location filename="../../ui/widgets/model_picker.py" line="+1"/>
        <source>Model:</source>
        <translation>मॉडल:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_picker.py" line="+1"/>
        <source>Switch to another installed model</source>
        <translation>किसी दूसरे इंस्टॉल किए गए मॉडल पर जाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an installed model…</source>
        <translation>इंस्टॉल किया गया मॉडल चुनें…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No model installed yet</source>
        <translation>अभी कोई मॉडल इंस्टॉल नहीं है</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="+31"/>
        <location filename="../../ui/widgets/model_picker.py" line="+12"/>
        <source>%1 · remote · %2</source>
        <translation>%1 · रिमोट · %2</translation>
    </message>
</context>
<context>
    <name>ModelsMenu</name>
    <message>
        <location filename="../../ui/widgets/models_menu.py" line="+50"/>
        <source>&amp;Models</source>
        <translation>मॉडल(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open model file…</source>
        <translation>मॉडल फ़ाइल खोलें(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get a model…</source>
        <translation>मॉडल पाएँ(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage &amp;models and downloads…</source>
        <translation>मॉडल और डाउनलोड सँभालें(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look again for installed models</source>
        <translation>इंस्टॉल मॉडल फिर से खोजें(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स(&amp;S)…</translation>
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
        <translation>अज्ञात</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>about %1 tokens/s</source>
        <translation>लगभग %1 टोकन/सेकंड</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 tokens/s</source>
        <translation>%1 टोकन/सेकंड</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about %1 s</source>
        <translation>लगभग %1 सेकंड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 min</source>
        <translation>लगभग %1 मिनट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 h</source>
        <translation>लगभग %1 घंटे</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on GPU</source>
        <translation>GPU पर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly on GPU</source>
        <translation>कुछ GPU पर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in RAM</source>
        <translation>RAM में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not fit</source>
        <translation>फ़िट नहीं</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fits: every layer runs on %1.</source>
        <translation>फ़िट होता है: हर लेयर %1 पर चलती है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits: %1 of %2 layers run on %3, the rest in RAM.</source>
        <translation>फ़िट होता है: %2 में से %1 लेयर %3 पर चलती हैं, बाकी RAM में।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits in RAM (runs on the CPU).</source>
        <translation>RAM में फ़िट होता है (CPU पर चलता है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit in the memory that is free now.</source>
        <translation>अभी ख़ाली मेमोरी में फ़िट नहीं होता।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tokens</source>
        <translation>%1 टोकन</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 billion parameters</source>
        <translation>%1 अरब पैरामीटर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 million parameters</source>
        <translation>%1 मिलियन पैरामीटर</translation>
    </message>
</context>
<context>
    <name>PromptPresets</name>
    <message>
        <location filename="../../ui/widgets/prompt_presets.py" line="+34"/>
        <source>Presets…</source>
        <translation>पूर्व-निर्धारित…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpful assistant (default)</source>
        <translation>सहायक (डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concise</source>
        <translation>संक्षिप्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translator</source>
        <translation>अनुवादक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmer</source>
        <translation>प्रोग्रामर</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are a helpful assistant. Answer briefly and to the point, in a few sentences at most, unless the user asks for more detail.</source>
        <translation>आप एक सहायक हैं। संक्षेप में और सटीक उत्तर दें, अधिकतम कुछ वाक्यों में, जब तक उपयोगकर्ता अधिक विवरण न माँगे।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are a translator. Translate what the user writes: into English if it is in another language, otherwise into the language the user names. Reply with the translation only.</source>
        <translation>आप एक अनुवादक हैं। उपयोगकर्ता जो लिखे उसका अनुवाद करें: यदि वह किसी अन्य भाषा में है तो अंग्रेज़ी में, अन्यथा उपयोगकर्ता द्वारा बताई गई भाषा में। केवल अनुवाद लिखें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are an expert programmer. Give correct, idiomatic code in Markdown code blocks with the language named, and explain briefly what it does.</source>
        <translation>आप एक विशेषज्ञ प्रोग्रामर हैं। भाषा के नाम के साथ Markdown कोड ब्लॉक में सही, स्वाभाविक कोड दें, और संक्षेप में बताएँ कि वह क्या करता है।</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="+38"/>
        <source>Look in:</source>
        <translation>इसमें देखें:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>फ़ाइल का &amp;नाम:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>फ़ाइल का प्रकार:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>आगे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>ऊपर का फ़ोल्डर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>सूची दृश्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>विवरण दृश्य</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-21"/>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-10"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>हाँ(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>नहीं(&amp;N)</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>काटें(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QuantizeDialog</name>
    <message>
        <location filename="../../ui/widgets/quantize_dialog.py" line="+100"/>
        <source>Quantize a model</source>
        <translation>मॉडल क्वांटाइज़ करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantization</source>
        <translation>क्वांटाइज़ेशन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected size</source>
        <translation>अनुमानित आकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer</source>
        <translation>इस कंप्यूटर पर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantize</source>
        <translation>क्वांटाइज़ करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>लोड करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At a context of %1</source>
        <translation>%1 के संदर्भ पर</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 to a smaller file in the models folder: choose a quantization.</source>
        <translation>%1 को मॉडल फ़ोल्डर में एक छोटी फ़ाइल में: एक क्वांटाइज़ेशन चुनें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quantizing to %1: tensor %2 of %3</source>
        <translation>%1 में क्वांटाइज़ हो रहा है: टेंसर %2 / %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking that llama.cpp loads the result…</source>
        <translation>जाँच रहे हैं कि llama.cpp नतीजा लोड करता है…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting llama.cpp&apos;s quantizer…</source>
        <translation>llama.cpp का क्वांटाइज़र शुरू हो रहा है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>पूरा हुआ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was left behind.</source>
        <translation>रद्द; कुछ भी पीछे नहीं छूटा।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the model&apos;s header…</source>
        <translation>मॉडल का हेडर पढ़ा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>RemoteEndpointsDialog</name>
    <message>
        <location filename="../../ui/widgets/remote_endpoints_dialog.py" line="+77"/>
        <source>Remote backends</source>
        <translation>रिमोट बैकएंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base URL:</source>
        <translation>बेस URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key:</source>
        <translation>API कुंजी:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. lab</source>
        <translation>जैसे lab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if the server asks for one</source>
        <translation>केवल तभी, जब सर्वर माँगे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>हटाएँ(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any OpenAI-compatible server: llama.cpp&apos;s llama-server, vLLM, Ollama. What you send to a remote model leaves this computer.</source>
        <translation>कोई भी OpenAI-संगत सर्वर: llama.cpp का llama-server, vLLM, Ollama। रिमोट मॉडल को आप जो भेजते हैं, वह इस कंप्यूटर से बाहर जाता है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not reachable</source>
        <translation>पहुँच से बाहर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not listed yet</source>
        <translation>अभी सूचीबद्ध नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>models: %1</source>
        <translation>मॉडल: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key saved</source>
        <translation>कुंजी सहेजी गई</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a name and an address starting with http:// or https://.</source>
        <translation>एक नाम और http:// या https:// से शुरू होने वाला पता दें।</translation>
    </message>
</context>
<context>
    <name>RemoteTexts</name>
    <message>
        <location filename="../../ui/widgets/remote_texts.py" line="+11"/>
        <source>The model runs on %1: the passages found in your documents are sent there with your question and leave this computer.</source>
        <translation>मॉडल %1 पर चलता है: आपके दस्तावेज़ों में मिले अंश आपके प्रश्न के साथ वहाँ भेजे जाते हैं और इस कंप्यूटर से बाहर जाते हैं।</translation>
    </message>
</context>
<context>
    <name>ReplyLimitBox</name>
    <message>
        <location filename="../../ui/widgets/reply_limit.py" line="+51"/>
        <source>Reply limit (tokens):</source>
        <translation>जवाब की सीमा (टोकन):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reply stops after this many tokens; a token is about three quarters of a word.</source>
        <translation>जवाब इतने टोकन के बाद रुक जाता है; एक टोकन लगभग एक शब्द का तीन-चौथाई होता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply limit in tokens</source>
        <translation>टोकन में जवाब की सीमा</translation>
    </message>
</context>
<context>
    <name>SamplingDialog</name>
    <message>
        <location filename="../../ui/widgets/sampling_dialog.py" line="+95"/>
        <source>Sampling settings of this chat</source>
        <translation>इस बातचीत की सैंपलिंग सेटिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System prompt (what the model reads before the conversation):</source>
        <translation>सिस्टम प्रॉम्प्ट (बातचीत से पहले मॉडल जो पढ़ता है):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-30"/>
        <location filename="../../ui/widgets/sampling_dialog.py" line="+1"/>
        <source>Temperature:</source>
        <translation>तापमान:</translation>
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
        <translation>दोहराव दंड:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply limit (tokens):</source>
        <translation>जवाब की सीमा (टोकन):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed:</source>
        <translation>सीड:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random</source>
        <translation>यादृच्छिक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore defaults</source>
        <translation>डिफ़ॉल्ट बहाल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower temperature: steadier, more predictable replies. The same seed and settings give the same reply. Restore Defaults sets Meta&apos;s recommended values for Llama 3.1 Instruct.</source>
        <translation>कम तापमान: ज़्यादा स्थिर और अनुमान योग्य जवाब। एक ही सीड और सेटिंग से वही जवाब मिलता है। “डिफ़ॉल्ट बहाल करें” Llama 3.1 Instruct के लिए Meta के सुझाए मान लगाता है।</translation>
    </message>
</context>
<context>
    <name>SearchFilterRow</name>
    <message>
        <location filename="../../ui/widgets/search_filters.py" line="+63"/>
        <source>Any model</source>
        <translation>कोई भी मॉडल</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any time</source>
        <translation>कभी भी</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>पिछला साल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only replies of this model</source>
        <translation>केवल इस मॉडल के उत्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only messages from this time on</source>
        <translation>केवल इस समय के बाद के संदेश</translation>
    </message>
</context>
<context>
    <name>ServeGroup</name>
    <message>
        <location filename="../../ui/widgets/serve_group.py" line="+49"/>
        <source>Local API</source>
        <translation>स्थानीय API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve the loaded model to other programs on this computer (%1)</source>
        <translation>लोड किया गया मॉडल इस कंप्यूटर के अन्य प्रोग्रामों को उपलब्ध कराएँ (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port:</source>
        <translation>पोर्ट:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 is taken by another program (or cannot be opened): choose another port.</source>
        <translation>पोर्ट %1 किसी अन्य प्रोग्राम द्वारा उपयोग में है (या खोला नहीं जा सकता): कोई दूसरा पोर्ट चुनें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listening at %1/v1 for OpenAI-compatible programs; only programs on this computer can connect.</source>
        <translation>OpenAI-संगत प्रोग्रामों के लिए %1/v1 पर सुन रहा है; केवल इस कंप्यूटर के प्रोग्राम ही जुड़ सकते हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off: Paddock opens no port.</source>
        <translation>बंद: Paddock कोई पोर्ट नहीं खोलता।</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="+113"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models folder:</source>
        <translation>मॉडल फ़ोल्डर:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hub address:</source>
        <translation>हब का पता:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hugging Face token:</source>
        <translation>Hugging Face टोकन:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads:</source>
        <translation>थ्रेड:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default context:</source>
        <translation>डिफ़ॉल्ट संदर्भ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default KV cache:</source>
        <translation>डिफ़ॉल्ट KV कैश:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote backends…</source>
        <translation>रिमोट बैकएंड…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddock&apos;s own folder</source>
        <translation>Paddock का अपना फ़ोल्डर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://huggingface.co, or a mirror</source>
        <translation>https://huggingface.co, या कोई मिरर</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: %1 (type a new one to replace it)</source>
        <translation>सहेजा गया: %1 (बदलने के लिए नया टाइप करें)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for Meta&apos;s gated repositories</source>
        <translation>केवल Meta की प्रतिबंधित रिपॉज़िटरी के लिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the saved token</source>
        <translation>सहेजा गया टोकन भूल जाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per core</source>
        <translation>हर कोर पर एक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes apply at once; models in the previous folder stay where they are.</source>
        <translation>बदलाव तुरंत लागू होते हैं; पिछले फ़ोल्डर के मॉडल वहीं रहते हैं जहाँ वे हैं।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Models folder</source>
        <translation>मॉडल फ़ोल्डर</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../ui/widgets/transcript_view.py" line="+219"/>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assistant</source>
        <translation>सहायक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(cut off: the context is full. Start a new chat, or load the model with a longer context.)</source>
        <translation>(बीच में कटा: संदर्भ भर गया है। नई चैट शुरू करें, या मॉडल को लंबे संदर्भ के साथ लोड करें।)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(stopped)</source>
        <translation>(रोका गया)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(failed)</source>
        <translation>(विफल)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(cut off: Paddock closed while writing this reply)</source>
        <translation>(अधूरा: यह जवाब लिखते समय Paddock बंद हो गया)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(still being written)</source>
        <translation>(अभी लिखा जा रहा है)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>संपादित करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regenerate</source>
        <translation>फिर से लिखें</translation>
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
        <translation>कोड कॉपी करें</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>(outside the context: the model did not see this message)</source>
        <translation>(संदर्भ से बाहर: मॉडल ने यह संदेश नहीं देखा)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show %1 earlier messages</source>
        <translation>पिछले %1 संदेश दिखाएँ</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Sources:</source>
        <translation>स्रोत:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, page %2</source>
        <translation>%1, पृष्ठ %2</translation>
    </message>
</context>
<context>
    <name>WindowShortcuts</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="+61"/>
        <source>Send the message</source>
        <translation>संदेश भेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new line in the message</source>
        <translation>संदेश में नई पंक्ति शुरू करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an empty message box: edit your last message (both versions are kept)</source>
        <translation>खाली संदेश बॉक्स में: अपना पिछला संदेश बदलें (दोनों संस्करण रखे रहते हैं)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply</source>
        <translation>जवाब रोकें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new chat</source>
        <translation>नई बातचीत शुरू करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the conversations</source>
        <translation>बातचीत में खोजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the last reply again</source>
        <translation>पिछला जवाब फिर से लिखवाएँ</translation>
    </message>
</context>
</TS>
