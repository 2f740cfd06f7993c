<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>AppError</name>
    <message>
        <location filename="../../app/gguf_file.py" line="+322"/>
        <source>Paddock is not allowed to read the model file {path} (permission denied). Check the permissions of the file and of its folders.</source>
        <translation>Paddock ไม่ได้รับอนุญาตให้อ่านไฟล์โมเดล {path} (ถูกปฏิเสธการเข้าถึง) โปรดตรวจสอบสิทธิ์ของไฟล์และโฟลเดอร์ที่เก็บไฟล์</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model file {path} cannot be read: {reason}.</source>
        <translation>อ่านไฟล์โมเดล {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The model file does not exist: {path}</source>
        <translation>ไม่มีไฟล์โมเดลนี้: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model path is not a file: {path}</source>
        <translation>พาธของโมเดลไม่ใช่ไฟล์: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a GGUF model file (it does not start with &apos;GGUF&apos;). Paddock runs llama.cpp models in GGUF format.</source>
        <translation>{name} ไม่ใช่ไฟล์โมเดล GGUF (ไม่ได้ขึ้นต้นด้วย &apos;GGUF&apos;) Paddock รันโมเดลของ llama.cpp ในรูปแบบ GGUF</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is damaged or incomplete: {damage}.</source>
        <translation>{name} เสียหายหรือไม่สมบูรณ์: {damage}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is damaged: its header says its tensors end at byte {end:,}, far beyond the size of any model.</source>
        <translation>{name} เสียหาย: ส่วนหัวของไฟล์ระบุว่าเทนเซอร์สิ้นสุดที่ไบต์ {end:,} ซึ่งเกินขนาดของโมเดลใด ๆ ไปมาก</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is truncated: it holds {size:,} bytes but its tensors need {end:,}. The download or copy did not finish; fetch the file again.</source>
        <translation>{name} ถูกตัดขาด: มีขนาด {size:,} ไบต์ แต่เทนเซอร์ต้องการ {end:,} ไบต์ การดาวน์โหลดหรือคัดลอกยังไม่เสร็จ โปรดดึงไฟล์มาใหม่</translation>
    </message>
    <message>
        <location line="+137"/>
        <location filename="../../app/hub/transfer.py" line="+331"/>
        <source>Could not write {path}: {reason}</source>
        <translation>เขียน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/arena/battle_file.py" line="+71"/>
        <source>{name}, line {line}: a battle needs model_a, model_b and winner.</source>
        <translation>{name} บรรทัด {line}: การประลองแต่ละครั้งต้องมี model_a, model_b และ winner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, line {line}: winner must be one of {winners}, not {winner}.</source>
        <translation>{name} บรรทัด {line}: winner ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {winners} ไม่ใช่ {winner}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}, line {line}: tstamp must be a number of seconds.</source>
        <translation>{name} บรรทัด {line}: tstamp ต้องเป็นจำนวนวินาที</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}, line {line}: {cause}</source>
        <translation>{name} บรรทัด {line}: {cause}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/store/import_files.py" line="+61"/>
        <location line="+34"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>อ่าน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}, line {line}: not JSON ({reason}).</source>
        <translation>{name} บรรทัด {line}: ไม่ใช่ JSON ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/arena/votes.py" line="+68"/>
        <source>A vote compares at least two models.</source>
        <translation>การโหวตต้องเปรียบเทียบโมเดลอย่างน้อยสองตัว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vote compares different models; the same one was given twice.</source>
        <translation>การโหวตต้องเปรียบเทียบโมเดลที่ต่างกัน แต่มีการระบุโมเดลเดียวกันสองครั้ง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the winning pane exactly when the outcome is a win.</source>
        <translation>ระบุช่องที่ชนะเฉพาะเมื่อผลลัพธ์เป็นการชนะเท่านั้น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no pane {pane} in a vote between {count} models.</source>
        <translation>ไม่มีช่องที่ {pane} ในการโหวตระหว่างโมเดล {count} ตัว</translation>
    </message>
    <message>
        <location filename="../../app/catalog/embedding_entries.py" line="+97"/>
        <location filename="../../app/catalog/entries.py" line="+264"/>
        <source>{where}: unknown family {family}.</source>
        <translation>{where}: ไม่รู้จักตระกูล {family}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/catalog/entries.py" line="+9"/>
        <source>{where}: hf_repo must be &apos;owner/name&apos;, got {repo}.</source>
        <translation>{where}: hf_repo ต้องอยู่ในรูป &apos;owner/name&apos; แต่พบ {repo}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}.architecture: pooling must be one of {poolings}.</source>
        <translation>{where}.architecture: pooling ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {poolings}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}.architecture: n_embd ({n_embd}) is not a multiple of n_head ({n_head}).</source>
        <translation>{where}.architecture: n_embd ({n_embd}) ไม่ใช่พหุคูณของ n_head ({n_head})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: an embedding model needs at least one GGUF download (it is not made locally).</source>
        <translation>{where}: โมเดล embedding ต้องมีไฟล์ GGUF ให้ดาวน์โหลดอย่างน้อยหนึ่งไฟล์ (ไม่ได้สร้างขึ้นในเครื่อง)</translation>
    </message>
    <message>
        <location filename="../../app/catalog/entries.py" line="-188"/>
        <source>Unknown embedding model {model_id}. Known embedding models: {known}.</source>
        <translation>ไม่รู้จักโมเดล embedding {model_id} โมเดล embedding ที่รู้จัก: {known}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown model {model_id}. Known models: {known}.</source>
        <translation>ไม่รู้จักโมเดล {model_id} โมเดลที่รู้จัก: {known}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where}: expected a mapping, got {type}.</source>
        <translation>{where}: ต้องเป็น mapping แต่พบ {type}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: missing field(s) {fields}.</source>
        <translation>{where}: ไม่มีฟิลด์ {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: unknown field(s) {fields}.</source>
        <translation>{where}: ฟิลด์ที่ไม่รู้จัก: {fields}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: field {key} must be {type}, got {value}.</source>
        <translation>{where}: ฟิลด์ {key} ต้องเป็นชนิด {type} แต่พบ {value}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{where}: {problems}.</source>
        <translation>{where}: {problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: n_head x head_dim ({n_head} x {head_dim}) != n_embd ({n_embd}); every Llama 3 model has n_embd = n_head x head_dim.</source>
        <translation>{where}: n_head x head_dim ({n_head} x {head_dim}) != n_embd ({n_embd}) ทุกโมเดล Llama 3 มี n_embd = n_head x head_dim</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path}: name the first part of a split model (-00001-of-...).</source>
        <translation>{path}: โปรดระบุส่วนแรกของโมเดลที่แบ่งเป็นหลายไฟล์ (-00001-of-...)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: gguf must be a list of repositories.</source>
        <translation>{where}: gguf ต้องเป็นรายการของ repository</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+39"/>
        <source>{where}: unknown quantization {quant}; known: {known}.</source>
        <translation>{where}: ไม่รู้จัก quantization {quant} ที่รู้จัก: {known}</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{where}: {quant} has a file but is not offered (quantizations).</source>
        <translation>{where}: {quant} มีไฟล์ แต่ไม่ได้อยู่ในรายการที่เสนอ (quantizations)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {quant} file must be a .gguf path, got {path}.</source>
        <translation>{where}: ไฟล์ {quant} ต้องเป็นพาธ .gguf แต่พบ {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The catalog has no families (licences).</source>
        <translation>แคตตาล็อกไม่มีตระกูลโมเดล (สัญญาอนุญาต)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{source}: schema {schema} is not supported (expected {expected}).</source>
        <translation>{source}: ไม่รองรับ schema {schema} (ต้องเป็น {expected})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{where}: kind must be embedding (or left out for a Llama).</source>
        <translation>{where}: kind ต้องเป็น embedding (หรือไม่ต้องระบุสำหรับ Llama)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>{where}: duplicate id {id}.</source>
        <translation>{where}: id {id} ซ้ำกัน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: purpose must be one of {purposes}.</source>
        <translation>{where}: purpose ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {purposes}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{source}: no models.</source>
        <translation>{source}: ไม่มีโมเดล</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The model catalog {path} cannot be read: {reason}</source>
        <translation>อ่านแคตตาล็อกโมเดล {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/documents/collections.py" line="+38"/>
        <source>There is no document collection named {name}.</source>
        <translation>ไม่มีคอลเลกชันเอกสารชื่อ {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A document collection needs a name.</source>
        <translation>คอลเลกชันเอกสารต้องมีชื่อ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} does not exist.</source>
        <translation>ไม่มี {path} อยู่</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>These were not added to {collection} as such: {paths} (see `paddock-cli docs list {name}`).</source>
        <translation>รายการเหล่านี้ไม่ได้ถูกเพิ่มลงใน {collection} ในรูปนี้: {paths} (ดู `paddock-cli docs list {name}`)</translation>
    </message>
    <message>
        <location filename="../../app/documents/docx_reader.py" line="+24"/>
        <source>not a readable Word document ({reason})</source>
        <translation>ไม่ใช่เอกสาร Word ที่อ่านได้ ({reason})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the document has no text</source>
        <translation>เอกสารไม่มีข้อความ</translation>
    </message>
    <message>
        <location filename="../../app/documents/extract.py" line="+43"/>
        <source>old Word format (.doc): save it as .docx</source>
        <translation>รูปแบบ Word แบบเก่า (.doc): โปรดบันทึกเป็น .docx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument text is not read yet: save it as .docx</source>
        <translation>ยังอ่านข้อความ OpenDocument ไม่ได้: โปรดบันทึกเป็น .docx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RTF is not read: save it as .docx</source>
        <translation>อ่านไฟล์ RTF ไม่ได้: โปรดบันทึกเป็น .docx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image (text recognition is not done)</source>
        <translation>เป็นรูปภาพ (ไม่มีการรู้จำข้อความ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported file type (no extension)</source>
        <translation>ไม่รองรับไฟล์ประเภทนี้ (ไม่มีนามสกุลไฟล์)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported file type ({suffix})</source>
        <translation>ไม่รองรับไฟล์ประเภทนี้ ({suffix})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot be read ({reason})</source>
        <translation>อ่านไม่ได้ ({reason})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>damaged or malformed ({error}: {reason})</source>
        <translation>เสียหายหรือมีโครงสร้างผิดรูปแบบ ({error}: {reason})</translation>
    </message>
    <message>
        <location filename="../../app/documents/html_reader.py" line="+65"/>
        <source>the page has no text</source>
        <translation>หน้านี้ไม่มีข้อความ</translation>
    </message>
    <message>
        <location filename="../../app/documents/pdf_reader.py" line="+25"/>
        <source>not a readable PDF ({reason})</source>
        <translation>ไม่ใช่ PDF ที่อ่านได้ ({reason})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>page {page} cannot be read ({reason})</source>
        <translation>อ่านหน้า {page} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>scanned, no text layer (text recognition is not done)</source>
        <translation>เป็นไฟล์สแกน ไม่มีชั้นข้อความ (ไม่มีการรู้จำข้อความ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no text on page(s) {pages}</source>
        <translation>ไม่มีข้อความในหน้า {pages}</translation>
    </message>
    <message>
        <location filename="../../app/documents/schema.py" line="+160"/>
        <source>The documents database {path} was written by a newer version of Paddock (it has changes this version does not know: {changes}). Update Paddock to open it. The file was left unchanged.</source>
        <translation>ฐานข้อมูลเอกสาร {path} ถูกเขียนโดย Paddock รุ่นที่ใหม่กว่า (มีการเปลี่ยนแปลงที่รุ่นนี้ไม่รู้จัก: {changes}) โปรดอัปเดต Paddock เพื่อเปิดไฟล์นี้ ไฟล์ยังคงเหมือนเดิมไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <location filename="../../app/documents/text_readers.py" line="+62"/>
        <source>the file is empty</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../../app/engine/chat_template.py" line="+79"/>
        <source>The model&apos;s chat template cannot be compiled: {reason}</source>
        <translation>ไม่สามารถคอมไพล์เทมเพลตแชทของโมเดลได้: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model&apos;s chat template tried an unsafe operation and was stopped: {reason}. The file may be malicious; Paddock will not use it.</source>
        <translation>เทมเพลตแชทของโมเดลพยายามทำงานที่ไม่ปลอดภัยและถูกหยุดไว้: {reason} ไฟล์นี้อาจเป็นอันตราย Paddock จะไม่ใช้ไฟล์นี้</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model&apos;s chat template failed: {reason}</source>
        <translation>เทมเพลตแชทของโมเดลทำงานล้มเหลว: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model&apos;s chat template failed: {error_type}: {reason}</source>
        <translation>เทมเพลตแชทของโมเดลทำงานล้มเหลว: {error_type}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model&apos;s chat template produced an impossibly long prompt.</source>
        <translation>เทมเพลตแชทของโมเดลสร้างพรอมต์ที่ยาวเกินกว่าจะใช้ได้</translation>
    </message>
    <message>
        <location filename="../../app/engine/client.py" line="+69"/>
        <source>The model&apos;s worker process</source>
        <translation>โปรเซสทำงานของโมเดล</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{exit} The reply streamed so far was kept.</source>
        <translation>{exit} ส่วนของคำตอบที่ได้รับมาแล้วยังถูกเก็บไว้</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location filename="../../app/engine/worker.py" line="+38"/>
        <source>No model is loaded. Load a GGUF model first.</source>
        <translation>ยังไม่ได้โหลดโมเดล โปรดโหลดโมเดล GGUF ก่อน</translation>
    </message>
    <message>
        <location filename="../../app/engine/llama_backend.py" line="+95"/>
        <source>This version of llama.cpp (llama-cpp-python {version}) cannot run {name}: {reason}</source>
        <translation>llama.cpp เวอร์ชันนี้ (llama-cpp-python {version}) ไม่สามารถรัน {name} ได้: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>llama.cpp could not create a {n_ctx:,}-token context for {name} (often not enough memory; try a shorter context or a q8_0 KV cache): {reason}</source>
        <translation>llama.cpp สร้างบริบทขนาด {n_ctx:,} โทเคนสำหรับ {name} ไม่ได้ (มักเป็นเพราะหน่วยความจำไม่พอ ลองใช้บริบทที่สั้นลงหรือแคช KV แบบ q8_0): {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+274"/>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp โหลด {name} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>llama.cpp failed while reading the prompt: {reason}</source>
        <translation>llama.cpp ทำงานล้มเหลวขณะอ่านพรอมต์: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>llama.cpp failed while generating: {reason}</source>
        <translation>llama.cpp ทำงานล้มเหลวขณะสร้างข้อความ: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>llama.cpp could not parse the grammar for this reply.</source>
        <translation>llama.cpp แยกวิเคราะห์ไวยากรณ์สำหรับคำตอบนี้ไม่ได้</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <source>llama.cpp could not embed the text: {reason}</source>
        <translation>llama.cpp สร้างเอมเบดดิงของข้อความไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This JSON schema cannot be turned into a grammar: {reason}</source>
        <translation>ไม่สามารถแปลง JSON schema นี้เป็นไวยากรณ์ได้: {reason}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>llama.cpp failed to evaluate {count} tokens: {reason}</source>
        <translation>llama.cpp ประมวลผล {count} โทเคนไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>llama.cpp loaded {name} but could not tokenize text: {reason}</source>
        <translation>llama.cpp โหลด {name} ได้ แต่แยกโทเคนข้อความไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>llama.cpp loaded {name} but tokenized text to nothing.</source>
        <translation>llama.cpp โหลด {name} ได้ แต่เมื่อแยกโทเคนข้อความแล้วไม่ได้โทเคนเลย</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown quantization {quant_type!r}; known: {known}.</source>
        <translation>ไม่รู้จักการควอนไทซ์ {quant_type!r} ที่รู้จักมีดังนี้: {known}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>llama.cpp could not quantize {name} to {quant_type}: code {code}</source>
        <translation>llama.cpp ควอนไทซ์ {name} เป็น {quant_type} ไม่ได้: รหัส {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>llama.cpp could not quantize {name} to {quant_type}: {reason}</source>
        <translation>llama.cpp ควอนไทซ์ {name} เป็น {quant_type} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/engine/loaded_model.py" line="+48"/>
        <source>{name} has no chat template (tokenizer.chat_template); Paddock needs an instruct model with its template.</source>
        <translation>{name} ไม่มีเทมเพลตแชท (tokenizer.chat_template) Paddock ต้องใช้โมเดลแบบ instruct ที่มีเทมเพลตของตัวเอง</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} has no chat template: it was loaded for embeddings only.</source>
        <translation>{name} ไม่มีเทมเพลตแชท: โหลดไว้สำหรับเอมเบดดิงเท่านั้น</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This model was not loaded for embeddings; load it with embeddings on.</source>
        <translation>โมเดลนี้ไม่ได้โหลดไว้สำหรับเอมเบดดิง โปรดโหลดโดยเปิดใช้เอมเบดดิง</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The conversation needs {tokens:,} tokens but the context holds {n_ctx:,}. Start a new conversation, remove messages, or load the model with a longer context.</source>
        <translation>บทสนทนานี้ต้องใช้ {tokens:,} โทเคน แต่บริบทรองรับได้ {n_ctx:,} โปรดเริ่มบทสนทนาใหม่ ลบข้อความบางส่วน หรือโหลดโมเดลด้วยบริบทที่ยาวขึ้น</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The prompt needs {tokens:,} tokens but the context holds {n_ctx:,}. Shorten the prompt, or load the model with a longer context.</source>
        <translation>พรอมต์นี้ต้องใช้ {tokens:,} โทเคน แต่บริบทรองรับได้ {n_ctx:,} โปรดทำให้พรอมต์สั้นลง หรือโหลดโมเดลด้วยบริบทที่ยาวขึ้น</translation>
    </message>
    <message>
        <location filename="../../app/engine/preflight.py" line="+28"/>
        <source>Open the first part of a split model: {name}</source>
        <translation>โปรดเปิดส่วนแรกของโมเดลที่แบ่งเป็นหลายไฟล์: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This model is split into {parts} files and {missing} are missing: {names}</source>
        <translation>โมเดลนี้แบ่งเป็น {parts} ไฟล์ และขาดหายไป {missing} ไฟล์: {names}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} was trained for a context of {trained:,} tokens; {n_ctx:,} were asked for. Choose {trained:,} or less.</source>
        <translation>{name} ได้รับการฝึกสำหรับบริบท {trained:,} โทเคน แต่มีการขอ {n_ctx:,} โปรดเลือก {trained:,} หรือน้อยกว่า</translation>
    </message>
    <message>
        <location filename="../../app/engine/settings.py" line="+42"/>
        <source>Unknown KV cache type {kv_cache_type!r}; use one of {known}.</source>
        <translation>ไม่รู้จักชนิดแคช KV {kv_cache_type!r} โปรดใช้ชนิดใดชนิดหนึ่งต่อไปนี้: {known}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A context of {n_ctx} tokens is too small (minimum 16).</source>
        <translation>บริบท {n_ctx} โทเคนเล็กเกินไป (ขั้นต่ำ 16)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads and batch sizes must be at least 1.</source>
        <translation>จำนวนเธรดและขนาดแบตช์ต้องมีค่าอย่างน้อย 1</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert.py" line="+131"/>
        <source>The checkpoint is missing {count} weight(s): {names} (config.json says tie_word_embeddings is false).</source>
        <translation>checkpoint ขาด weight {count} รายการ: {names} (config.json ระบุว่า tie_word_embeddings เป็น false)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The checkpoint is missing {count} weight(s): {names}.</source>
        <translation>checkpoint ขาด weight {count} รายการ: {names}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The checkpoint has weights a plain Llama does not: {names}. Is it a LlamaForCausalLM checkpoint?</source>
        <translation>checkpoint มี weight ที่ Llama ทั่วไปไม่มี: {names} นี่เป็น checkpoint แบบ LlamaForCausalLM หรือไม่</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weight {weight} has shape {shape} but config.json implies {expected}.</source>
        <translation>weight {weight} มีรูปร่าง {shape} แต่ตาม config.json ควรเป็น {expected}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight {weight} is stored as {dtype}; Paddock converts F32, F16 and BF16 checkpoints, not pre-quantized ones.</source>
        <translation>weight {weight} ถูกเก็บเป็น {dtype} Paddock แปลงได้เฉพาะ checkpoint แบบ F32, F16 และ BF16 ไม่รองรับแบบที่ quantize มาแล้ว</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Not enough disk space for {name}: it needs about {needed_gb:.1f} GB and {folder} has {free_gb:.1f} GB free.</source>
        <translation>พื้นที่ดิสก์ไม่พอสำหรับ {name}: ต้องใช้ประมาณ {needed_gb:.1f} GB แต่ {folder} มีที่ว่าง {free_gb:.1f} GB</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{cause} (llama-cpp-python {version})</source>
        <translation>{cause} (llama-cpp-python {version})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The load check</source>
        <translation>การตรวจสอบการโหลด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The converted {name} does not load in llama.cpp, so it was deleted. {cause}</source>
        <translation>ไฟล์ {name} ที่แปลงแล้วโหลดใน llama.cpp ไม่ได้ จึงถูกลบทิ้ง {cause}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown output type {out_type}; choose one of {choices}.</source>
        <translation>ไม่รู้จักชนิดเอาต์พุต {out_type} โปรดเลือกจาก: {choices}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The checkpoint folder does not exist: {folder}</source>
        <translation>ไม่มีโฟลเดอร์ checkpoint นี้: {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/hub/quantize.py" line="+185"/>
        <source>{path} already exists; choose another name or allow overwriting.</source>
        <translation>{path} มีอยู่แล้ว โปรดเลือกชื่ออื่นหรืออนุญาตให้เขียนทับ</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert_config.py" line="+31"/>
        <source>config.json is missing from {folder}; it is not a Hugging Face checkpoint folder.</source>
        <translation>ไม่มี config.json ใน {folder} โฟลเดอร์นี้ไม่ใช่โฟลเดอร์ checkpoint ของ Hugging Face</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/hub/convert_tokenizer.py" line="+83"/>
        <location filename="../../app/hub/safetensors_reader.py" line="+120"/>
        <source>{name} in {folder} cannot be read ({reason}).</source>
        <translation>อ่าน {name} ใน {folder} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>config.json in {folder} is not a JSON object.</source>
        <translation>config.json ใน {folder} ไม่ใช่ออบเจ็กต์ JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This checkpoint is not a Llama: architectures={archs}. Paddock converts {supported} checkpoints.</source>
        <translation>checkpoint นี้ไม่ใช่ Llama: architectures={archs} Paddock แปลงได้เฉพาะ checkpoint แบบ {supported}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This checkpoint is not a Llama: config.json has no architectures and model_type={model_type}.</source>
        <translation>checkpoint นี้ไม่ใช่ Llama: config.json ไม่มี architectures และ model_type={model_type}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} lacks the key {key}, which a Llama checkpoint must have.</source>
        <translation>{where} ไม่มีคีย์ {key} ซึ่ง checkpoint ของ Llama ต้องมี</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} has {key}={value}; a whole number is needed.</source>
        <translation>{where} มี {key}={value} ค่านี้ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} has {key}={value}; a number is needed.</source>
        <translation>{where} มี {key}={value} ค่านี้ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} has {key}={value}; it must be positive.</source>
        <translation>{where} มี {key}={value} ค่านี้ต้องเป็นค่าบวก</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>config.json has a rope_scaling that is not an object: {value}.</source>
        <translation>config.json มี rope_scaling ที่ไม่ใช่ออบเจ็กต์: {value}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where} has high_freq_factor &lt;= low_freq_factor.</source>
        <translation>{where} มี high_freq_factor &lt;= low_freq_factor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>config.json asks for {rope_type} rope scaling; Paddock converts Llama checkpoints with no, linear or llama3 rope scaling.</source>
        <translation>config.json ต้องการ rope scaling แบบ {rope_type} Paddock แปลงได้เฉพาะ checkpoint ของ Llama ที่ไม่มี rope scaling หรือใช้แบบ linear หรือ llama3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>config.json has num_attention_heads={n_head}, not a multiple of num_key_value_heads={n_kv_head}.</source>
        <translation>config.json มี num_attention_heads={n_head} ซึ่งไม่ใช่พหุคูณของ num_key_value_heads={n_kv_head}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>config.json gives an odd head dimension ({head_dim}); rotary embeddings need an even one.</source>
        <translation>config.json ระบุขนาด head เป็นเลขคี่ ({head_dim}) แต่ rotary embedding ต้องใช้เลขคู่</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config.json has hidden_act={act}; Llama uses &apos;silu&apos;.</source>
        <translation>config.json มี hidden_act={act} แต่ Llama ใช้ &apos;silu&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>config.json describes a Llama llama.cpp cannot run: {problems}.</source>
        <translation>config.json อธิบาย Llama ที่ llama.cpp รันไม่ได้: {problems}</translation>
    </message>
    <message>
        <location filename="../../app/hub/convert_tokenizer.py" line="-8"/>
        <source>{name} is missing from {folder}; it holds the tokenizer.</source>
        <translation>ไม่มี {name} ใน {folder} ไฟล์นี้เก็บ tokenizer ไว้</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>tokenizer.json holds a tokenizer of unknown type; Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json เป็น tokenizer ชนิดที่ไม่รู้จัก Paddock แปลงได้เฉพาะ tokenizer แบบ byte-level BPE (Llama 3 ขึ้นไป)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tokenizer.json holds a {type} tokenizer; Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json เป็น tokenizer แบบ {type} Paddock แปลงได้เฉพาะ tokenizer แบบ byte-level BPE (Llama 3 ขึ้นไป)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tokenizer.json is a BPE tokenizer but not a byte-level one (e.g. Llama 2&apos;s SentencePiece tokenizer); Paddock converts byte-level BPE tokenizers (Llama 3 and later).</source>
        <translation>tokenizer.json เป็น tokenizer แบบ BPE แต่ไม่ใช่ byte-level (เช่น tokenizer แบบ SentencePiece ของ Llama 2) Paddock แปลงได้เฉพาะ tokenizer แบบ byte-level BPE (Llama 3 ขึ้นไป)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>tokenizer.json has an empty vocabulary.</source>
        <translation>tokenizer.json ไม่มีคำศัพท์ (vocabulary ว่างเปล่า)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tokenizer.json has token id {token_id} but config.json says vocab_size={vocab_size}.</source>
        <translation>tokenizer.json มี token id {token_id} แต่ config.json ระบุ vocab_size={vocab_size}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>tokenizer_config.json names {key} {token}, which is not in the vocabulary.</source>
        <translation>tokenizer_config.json ระบุ {key} เป็น {token} ซึ่งไม่มีอยู่ในคำศัพท์</translation>
    </message>
    <message>
        <location filename="../../app/hub/download.py" line="+98"/>
        <source>&apos;{name}&apos; is not a file name inside a repository.</source>
        <translation>&apos;{name}&apos; ไม่ใช่ชื่อไฟล์ภายในรีโพสิทอรี</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The disk holding {folder} is full: {reason}. Free some space and try again.</source>
        <translation>ดิสก์ที่เก็บ {folder} เต็ม: {reason} โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write into the models folder {folder}: {reason}</source>
        <translation>ไม่สามารถเขียนลงในโฟลเดอร์โมเดล {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is already being downloaded by another Paddock window or paddock-cli. Wait for it to finish, or stop it first.</source>
        <translation>{name} กำลังถูกดาวน์โหลดโดยหน้าต่าง Paddock อื่นหรือ paddock-cli อยู่แล้ว โปรดรอให้เสร็จ หรือหยุดการดาวน์โหลดนั้นก่อน</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A different file already exists at {path}. Delete it (paddock-cli models delete) or download into another folder.</source>
        <translation>มีไฟล์อื่นอยู่ที่ {path} แล้ว โปรดลบไฟล์นั้น (paddock-cli models delete) หรือดาวน์โหลดไปยังโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not enough disk space in {folder}: this download needs {need} more (and Paddock leaves {reserve} free), but only {free} is free. Free some space or choose another models folder.</source>
        <translation>พื้นที่ดิสก์ใน {folder} ไม่พอ: การดาวน์โหลดนี้ต้องการอีก {need} (และ Paddock เว้นพื้นที่ว่างไว้ {reserve}) แต่มีพื้นที่ว่างเพียง {free} โปรดเพิ่มพื้นที่ว่างหรือเลือกโฟลเดอร์โมเดลอื่น</translation>
    </message>
    <message>
        <location filename="../../app/hub/hub_api.py" line="+55"/>
        <source>The hub address &apos;{endpoint}&apos; is not a web address; use e.g. {default} or a mirror&apos;s https:// address.</source>
        <translation>ที่อยู่ฮับ &apos;{endpoint}&apos; ไม่ใช่ที่อยู่เว็บ โปรดใช้ เช่น {default} หรือที่อยู่ https:// ของมิเรอร์</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+101"/>
        <source>{repo_id} (revision {revision}) has no file &apos;{name}&apos;.</source>
        <translation>{repo_id} (รีวิชัน {revision}) ไม่มีไฟล์ &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>{cause} The repository has no .gguf files at {revision}.</source>
        <translation>{cause} รีโพสิทอรีไม่มีไฟล์ .gguf ที่ {revision}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cause} GGUF files there: {names} and {more} more.</source>
        <translation>{cause} ไฟล์ GGUF ที่มีอยู่: {names} และอีก {more} ไฟล์</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cause} GGUF files there: {names}.</source>
        <translation>{cause} ไฟล์ GGUF ที่มีอยู่: {names}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your Hugging Face token works, but this account has no access to {repo_id} yet. Open {page}, accept the license and request access; downloading works once the request is approved (the page shows its status). If access was already granted, check that the token may read gated repositories (fine-grained tokens need &apos;Read access to contents of all public gated repos you can access&apos;).</source>
        <translation>โทเค็น Hugging Face ของคุณใช้งานได้ แต่บัญชีนี้ยังไม่มีสิทธิ์เข้าถึง {repo_id} โปรดเปิด {page} ยอมรับสัญญาอนุญาต และขอสิทธิ์เข้าถึง จะดาวน์โหลดได้เมื่อคำขอได้รับการอนุมัติ (หน้าเว็บจะแสดงสถานะ) หากได้รับสิทธิ์แล้ว โปรดตรวจสอบว่าโทเค็นอ่านรีโพสิทอรีที่จำกัดการเข้าถึงได้ (โทเค็นแบบละเอียดต้องมี &apos;Read access to contents of all public gated repos you can access&apos;)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{repo_id} is a gated model: its authors ask everyone to accept their license first. 1) Open {page} while logged in to Hugging Face and accept the license. 2) Create a token with read access at {tokens_page}. 3) Enter it in Paddock&apos;s settings (Hugging Face token) or set the HF_TOKEN environment variable (paddock-cli also takes --token).</source>
        <translation>{repo_id} เป็นโมเดลที่จำกัดการเข้าถึง ผู้สร้างขอให้ทุกคนยอมรับสัญญาอนุญาตก่อน 1) เปิด {page} ขณะลงชื่อเข้าใช้ Hugging Face แล้วยอมรับสัญญาอนุญาต 2) สร้างโทเค็นที่มีสิทธิ์อ่านที่ {tokens_page} 3) ใส่โทเค็นในการตั้งค่าของ Paddock (โทเค็น Hugging Face) หรือตั้งตัวแปรสภาพแวดล้อม HF_TOKEN (paddock-cli รับ --token ได้ด้วย)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{repo_id} has no branch, tag or commit named &apos;{revision}&apos;.</source>
        <translation>{repo_id} ไม่มีแบรนช์ แท็ก หรือคอมมิตชื่อ &apos;{revision}&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub has disabled access to {repo_id}.</source>
        <translation>ฮับได้ปิดการเข้าถึง {repo_id} แล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no model &apos;{repo_id}&apos; on {endpoint}, or it is private. Check the name (e.g. meta-llama/Llama-3.2-1B-Instruct); a private repository needs a token that can read it.</source>
        <translation>ไม่มีโมเดล &apos;{repo_id}&apos; บน {endpoint} หรือโมเดลนี้เป็นแบบส่วนตัว โปรดตรวจสอบชื่อ (เช่น meta-llama/Llama-3.2-1B-Instruct) รีโพสิทอรีส่วนตัวต้องใช้โทเค็นที่มีสิทธิ์อ่าน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{repo_id}&apos; is not a valid repository name ({reason}). Use owner/name.</source>
        <translation>&apos;{repo_id}&apos; ไม่ใช่ชื่อรีโพสิทอรีที่ถูกต้อง ({reason}) โปรดใช้รูปแบบ owner/name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hugging Face offline mode is on (HF_HUB_OFFLINE is set); unset it to download models.</source>
        <translation>โหมดออฟไลน์ของ Hugging Face เปิดอยู่ (ตั้งค่า HF_HUB_OFFLINE ไว้) โปรดยกเลิกการตั้งค่านี้เพื่อดาวน์โหลดโมเดล</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not reach {endpoint}: {reason}. Check the internet connection, a proxy, or the hub address (mirror) in the settings.</source>
        <translation>ไม่สามารถเชื่อมต่อ {endpoint}: {reason} โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต พร็อกซี หรือที่อยู่ฮับ (มิเรอร์) ในการตั้งค่า</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The hub refused the Hugging Face token (invalid, expired or revoked). Create a new one at {tokens_page} and enter it in the settings or HF_TOKEN.</source>
        <translation>ฮับปฏิเสธโทเค็น Hugging Face (ไม่ถูกต้อง หมดอายุ หรือถูกเพิกถอน) โปรดสร้างโทเค็นใหม่ที่ {tokens_page} แล้วใส่ในการตั้งค่าหรือใน HF_TOKEN</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The hub refused access to {repo_id} ({status}). If it is gated or private, accept its license at {page} and use a token with read access ({tokens_page}).</source>
        <translation>ฮับปฏิเสธการเข้าถึง {repo_id} ({status}) หากโมเดลนี้จำกัดการเข้าถึงหรือเป็นแบบส่วนตัว โปรดยอมรับสัญญาอนุญาตที่ {page} และใช้โทเค็นที่มีสิทธิ์อ่าน ({tokens_page})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The hub is limiting requests from this address (429). Wait a few minutes and try again.</source>
        <translation>ฮับกำลังจำกัดคำขอจากที่อยู่นี้ (429) โปรดรอสักครู่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hub at {endpoint} answered with error {status}; it may be busy or down. Try again in a few minutes.</source>
        <translation>ฮับที่ {endpoint} ตอบกลับด้วยข้อผิดพลาด {status} อาจกำลังมีผู้ใช้มากหรือล่มอยู่ โปรดลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hub refused the request ({status}): {reason}</source>
        <translation>ฮับปฏิเสธคำขอ ({status}): {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/installed.py" line="+83"/>
        <source>{missing} of its {total} parts are missing: {names}</source>
        <translation>ไม่พบ {missing} จาก {total} ส่วนของไฟล์: {names}</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>{name} belongs to another app ({source}); delete it there. Paddock deletes only models in its own models folder.</source>
        <translation>{name} เป็นของแอปอื่น ({source}) โปรดลบจากแอปนั้น Paddock ลบได้เฉพาะโมเดลในโฟลเดอร์โมเดลของตัวเองเท่านั้น</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is not inside the models folder {folder}.</source>
        <translation>{path} ไม่ได้อยู่ในโฟลเดอร์โมเดล {folder}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{path} cannot be used: {cause}</source>
        <translation>ใช้ {path} ไม่ได้: {cause}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} already exists; choose another name or delete it first.</source>
        <translation>{path} มีอยู่แล้ว โปรดเลือกชื่ออื่นหรือลบไฟล์นั้นก่อน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough disk space to copy {name} ({size}); {free} is free. Free some space, or reference the file where it is instead.</source>
        <translation>พื้นที่ดิสก์ไม่พอสำหรับคัดลอก {name} ({size}) มีพื้นที่ว่าง {free} โปรดเพิ่มพื้นที่ว่าง หรืออ้างอิงไฟล์จากตำแหน่งเดิมแทน</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not copy {name}: {reason}</source>
        <translation>ไม่สามารถคัดลอก {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/quantize.py" line="-131"/>
        <source>Unknown or unsupported quantization &apos;{quant_type}&apos;; choose one of {choices}.</source>
        <translation>ไม่รู้จักหรือไม่รองรับการควอนไทซ์ &apos;{quant_type}&apos; โปรดเลือกหนึ่งใน {choices}</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>{name} is already quantized ({types} tensors). Quantizing it again loses more quality than quantizing its F16/BF16 original; allow re-quantizing to do it anyway.</source>
        <translation>{name} ถูกควอนไทซ์แล้ว (เทนเซอร์ {types}) การควอนไทซ์ซ้ำจะเสียคุณภาพมากกว่าการควอนไทซ์จากต้นฉบับ F16/BF16 หากต้องการทำต่อ โปรดอนุญาตให้ควอนไทซ์ซ้ำ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quantized model must be written to a new file, not over its source.</source>
        <translation>ต้องเขียนโมเดลที่ควอนไทซ์แล้วลงในไฟล์ใหม่ ไม่ใช่เขียนทับไฟล์ต้นฉบับ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The quantization process</source>
        <translation>กระบวนการควอนไทซ์</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>llama.cpp wrote a {file_type} file, not {quant_type}.</source>
        <translation>llama.cpp เขียนไฟล์ {file_type} ไม่ใช่ {quant_type}</translation>
    </message>
    <message>
        <location filename="../../app/hub/safetensors_reader.py" line="-64"/>
        <source>{name} is not a valid safetensors file (the file is shorter than a safetensors header).</source>
        <translation>{name} ไม่ใช่ไฟล์ safetensors ที่ถูกต้อง (ไฟล์สั้นกว่าส่วนหัวของ safetensors)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a valid safetensors file (header length {length:,} does not fit the file).</source>
        <translation>{name} ไม่ใช่ไฟล์ safetensors ที่ถูกต้อง (ความยาวส่วนหัว {length:,} ไม่สอดคล้องกับไฟล์)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read {path}: {reason}</source>
        <translation>อ่าน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a valid safetensors file ({reason}).</source>
        <translation>{name} ไม่ใช่ไฟล์ safetensors ที่ถูกต้อง ({reason})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file}: the header entry for {tensor} is damaged ({reason}).</source>
        <translation>{file}: รายการในส่วนหัวของ {tensor} เสียหาย ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is truncated: tensor {tensor} needs bytes up to {end:,} but the file holds {size:,}. The download did not finish; fetch it again.</source>
        <translation>{file} ไม่สมบูรณ์: tensor {tensor} ต้องใช้ไบต์ถึงตำแหน่ง {end:,} แต่ไฟล์มีเพียง {size:,} ไบต์ การดาวน์โหลดยังไม่เสร็จ โปรดดาวน์โหลดใหม่</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: tensor {tensor} has {size:,} bytes, not what {dtype}{shape} needs.</source>
        <translation>{file}: tensor {tensor} มี {size:,} ไบต์ ซึ่งไม่ตรงกับที่ {dtype}{shape} ต้องการ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{folder} is missing weight shard(s) listed in {index}: {shards}.</source>
        <translation>{folder} ขาด shard ของ weight ที่ระบุไว้ใน {index}: {shards}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No safetensors weights (*.safetensors) were found in {folder} (PyTorch .pth/.bin weights were found: Paddock converts the Hugging Face safetensors format).</source>
        <translation>ไม่พบ weight แบบ safetensors (*.safetensors) ใน {folder} (พบ weight ของ PyTorch แบบ .pth/.bin แต่ Paddock แปลงได้เฉพาะรูปแบบ safetensors ของ Hugging Face)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No safetensors weights (*.safetensors) were found in {folder}.</source>
        <translation>ไม่พบ weight แบบ safetensors (*.safetensors) ใน {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{index} lists weights that are not in their shard: {weights}.</source>
        <translation>{index} ระบุ weight ที่ไม่มีอยู่ใน shard ของตัวเอง: {weights}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tensor {tensor} is stored as {dtype}; Paddock converts F32, F16 and BF16 checkpoints (not pre-quantized ones).</source>
        <translation>tensor {tensor} ถูกเก็บเป็น {dtype} Paddock แปลงได้เฉพาะ checkpoint แบบ F32, F16 และ BF16 (ไม่รองรับแบบที่ quantize มาแล้ว)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file} ended while reading {tensor}.</source>
        <translation>ไฟล์ {file} จบลงระหว่างอ่าน {tensor}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read {tensor} from {path}: {reason}</source>
        <translation>อ่าน {tensor} จาก {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/hub/transfer.py" line="-141"/>
        <source>Cannot download {url}: {reason}</source>
        <translation>ไม่สามารถดาวน์โหลด {url}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The download of {name} failed {failures} times in a row ({reason}). The {have:,} bytes received are kept; start the download again to resume.</source>
        <translation>การดาวน์โหลด {name} ล้มเหลว {failures} ครั้งติดต่อกัน ({reason}) ข้อมูล {have:,} ไบต์ที่ได้รับแล้วยังเก็บไว้ โปรดเริ่มดาวน์โหลดอีกครั้งเพื่อทำต่อ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hub sent {name} round in redirect circles: {reason}</source>
        <translation>ฮับเปลี่ยนเส้นทาง {name} วนเป็นวงกลม: {reason}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The download server refused {name} ({status}).</source>
        <translation>เซิร์ฟเวอร์ดาวน์โหลดปฏิเสธ {name} ({status})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sent another part of {name} than asked for ({content_range} for bytes {have}-): the file on the hub may have changed. Nothing was installed; try again.</source>
        <translation>เซิร์ฟเวอร์ส่งส่วนของ {name} ที่ไม่ตรงกับที่ขอ ({content_range} สำหรับไบต์ {have}-) ไฟล์บนฮับอาจมีการเปลี่ยนแปลง ไม่มีการติดตั้งใดๆ โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sends {length:,} bytes for {name} but the hub lists {size:,}. Nothing was installed; try again later.</source>
        <translation>เซิร์ฟเวอร์ส่ง {length:,} ไบต์สำหรับ {name} แต่ฮับระบุว่า {size:,} ไม่มีการติดตั้งใดๆ โปรดลองอีกครั้งภายหลัง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sent more than the {size:,} bytes the hub lists for {name}. Nothing was installed; try again.</source>
        <translation>เซิร์ฟเวอร์ส่งข้อมูลเกิน {size:,} ไบต์ที่ฮับระบุไว้สำหรับ {name} ไม่มีการติดตั้งใดๆ โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The disk is full (or the largest file size allowed was reached) while writing {name}: {reason}. The {have:,} bytes downloaded so far are kept; free some space and start the download again to resume.</source>
        <translation>ดิสก์เต็ม (หรือถึงขนาดไฟล์สูงสุดที่อนุญาตแล้ว) ขณะเขียน {name}: {reason} ข้อมูล {have:,} ไบต์ที่ดาวน์โหลดไว้แล้วยังเก็บไว้ โปรดเพิ่มพื้นที่ว่างแล้วเริ่มดาวน์โหลดอีกครั้งเพื่อทำต่อ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing more could be written to {path}; the disk may be full.</source>
        <translation>ไม่สามารถเขียนข้อมูลลงใน {path} ได้อีก ดิสก์อาจเต็ม</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} has {have:,} bytes, the hub lists {size:,}.</source>
        <translation>{name} มี {have:,} ไบต์ แต่ฮับระบุว่า {size:,}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} failed verification: its {checksum} is {got}, the hub says {want}. The damaged download was deleted and nothing was installed; download it again (if this keeps happening, the mirror may serve a broken copy).</source>
        <translation>{name} ไม่ผ่านการตรวจสอบ: {checksum} ของไฟล์คือ {got} แต่ฮับระบุว่า {want} ไฟล์ที่ดาวน์โหลดมาซึ่งเสียหายถูกลบแล้วและไม่มีการติดตั้งใดๆ โปรดดาวน์โหลดใหม่ (หากเกิดขึ้นซ้ำ มิเรอร์อาจให้สำเนาที่เสีย)</translation>
    </message>
    <message>
        <location filename="../../app/jobs/child_process.py" line="+88"/>
        <source>{exit} Last messages in its log:
{log_tail}</source>
        <translation>{exit} ข้อความล่าสุดในล็อก:
{log_tail}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} stopped answering.</source>
        <translation>{what} หยุดตอบสนอง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} was killed ({signal}); the system may have run out of memory.</source>
        <translation>{what} ถูกบังคับปิด ({signal}) ระบบอาจมีหน่วยความจำไม่พอ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} was stopped ({signal}).</source>
        <translation>{what} ถูกสั่งให้หยุด ({signal})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} crashed ({signal}).</source>
        <translation>{what} หยุดทำงานกะทันหัน ({signal})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} exited with code {code}.</source>
        <translation>{what} จบการทำงานด้วยรหัส {code}</translation>
    </message>
    <message>
        <location filename="../../app/llama/header_check.py" line="+74"/>
        <source>{name} has a damaged Llama header: {problems} (and {more} more). Download or convert the model again.</source>
        <translation>{name} มีส่วนหัว Llama ที่เสียหาย: {problems} (และอีก {more} รายการ) โปรดดาวน์โหลดหรือแปลงโมเดลใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} has a damaged Llama header: {problems}. Download or convert the model again.</source>
        <translation>{name} มีส่วนหัว Llama ที่เสียหาย: {problems} โปรดดาวน์โหลดหรือแปลงโมเดลใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../app/planner/fit_check.py" line="+61"/>
        <source>a {kv_type} KV cache (same context)</source>
        <translation>แคช KV แบบ {kv_type} (บริบทเท่าเดิม)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flash attention on (same context)</source>
        <translation>เปิด flash attention (บริบทเท่าเดิม)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a context of {n_ctx:,} tokens</source>
        <translation>บริบท {n_ctx:,} โทเค็น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no GPU layers (the model fits in RAM)</source>
        <translation>ไม่ใช้เลเยอร์บน GPU (โมเดลใส่ใน RAM ได้พอ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the {quant} quantization (needs {gib:.1f} GiB)</source>
        <translation>การควอนไทซ์แบบ {quant} (ต้องใช้ {gib:.1f} GiB)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing smaller of this model fits either; free memory or choose a smaller model.</source>
        <translation>โมเดลนี้ในขนาดที่เล็กกว่าก็ยังใส่ไม่พอ โปรดเพิ่มหน่วยความจำว่างหรือเลือกโมเดลที่เล็กกว่า</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}.</source>
        <translation>ทางเลือกที่ใช้หน่วยความจำได้พอ: {first}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would fit: {first}; or {second}.</source>
        <translation>ทางเลือกที่ใช้หน่วยความจำได้พอ: {first} หรือ {second}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}; or {second}; or {third}.</source>
        <translation>ทางเลือกที่ใช้หน่วยความจำได้พอ: {first} หรือ {second} หรือ {third}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What would fit: {first}; or {second}; or {third}; or {fourth}.</source>
        <translation>ทางเลือกที่ใช้หน่วยความจำได้พอ: {first} หรือ {second} หรือ {third} หรือ {fourth}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would fit: {first}; or {second}; or {third}; or {fourth}; or {fifth}.</source>
        <translation>ทางเลือกที่ใช้หน่วยความจำได้พอ: {first} หรือ {second} หรือ {third} หรือ {fourth} หรือ {fifth}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} with a {n_ctx:,}-token context and the {kv_type} KV cache needs {ram_needed:.2f} GiB of RAM and {vram_needed:.2f} GiB of VRAM, but only {ram_budget:.2f} GiB can be used ({ram_available:.2f} GiB available minus {ram_headroom:.2f} GiB headroom); {vram_budget:.2f} GiB of VRAM can be used. {instead}</source>
        <translation>{name} ที่ใช้บริบท {n_ctx:,} โทเค็นและแคช KV แบบ {kv_type} ต้องใช้ RAM {ram_needed:.2f} GiB และ VRAM {vram_needed:.2f} GiB แต่ใช้ RAM ได้เพียง {ram_budget:.2f} GiB (ว่างอยู่ {ram_available:.2f} GiB หักส่วนเผื่อ {ram_headroom:.2f} GiB) และใช้ VRAM ได้ {vram_budget:.2f} GiB {instead}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} with a {n_ctx:,}-token context and the {kv_type} KV cache needs {ram_needed:.2f} GiB of RAM, but only {ram_budget:.2f} GiB can be used ({ram_available:.2f} GiB available minus {ram_headroom:.2f} GiB headroom). {instead}</source>
        <translation>{name} ที่ใช้บริบท {n_ctx:,} โทเค็นและแคช KV แบบ {kv_type} ต้องใช้ RAM {ram_needed:.2f} GiB แต่ใช้ได้เพียง {ram_budget:.2f} GiB (ว่างอยู่ {ram_available:.2f} GiB หักส่วนเผื่อ {ram_headroom:.2f} GiB) {instead}</translation>
    </message>
    <message>
        <location filename="../../app/remote/openai_client.py" line="+35"/>
        <source>{name} ({url}) did not answer in time.</source>
        <translation>{name} ({url}) ไม่ตอบกลับภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({url}) could not be reached: {reason}</source>
        <translation>ไม่สามารถเชื่อมต่อ {name} ({url}) ได้: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({url}) answered HTTP {status}: {message}</source>
        <translation>{name} ({url}) ตอบกลับ HTTP {status}: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({url}) sent something unexpected: {reason}</source>
        <translation>{name} ({url}) ส่งข้อมูลที่ไม่คาดคิดมา: {reason}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{name} broke off the reply: {reason}</source>
        <translation>{name} ตัดคำตอบกลางคัน: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/remote/remote_engine.py" line="+126"/>
        <source>No remote model is chosen.</source>
        <translation>ยังไม่ได้เลือกโมเดลระยะไกล</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name} broke off the reply before its end.</source>
        <translation>{name} ตัดคำตอบก่อนจะจบ</translation>
    </message>
    <message>
        <location filename="../../app/serve/access.py" line="+38"/>
        <source>The API key must have at least {min_length} characters.</source>
        <translation>คีย์ API ต้องมีอย่างน้อย {min_length} อักขระ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listening on {host} lets other computers use the model; that needs an API key. Add --api-key KEY (clients send it as &apos;Authorization: Bearer KEY&apos;), or leave out --host to listen on {default_host}, this computer only.</source>
        <translation>การรอรับการเชื่อมต่อที่ {host} จะทำให้คอมพิวเตอร์เครื่องอื่นใช้โมเดลได้ จึงต้องมีคีย์ API โปรดเพิ่ม --api-key KEY (ไคลเอนต์จะส่งคีย์เป็น &apos;Authorization: Bearer KEY&apos;) หรือไม่ต้องใส่ --host เพื่อรอรับที่ {default_host} ซึ่งใช้ได้เฉพาะคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../app/serve/http_api.py" line="+334"/>
        <source>Paddock cannot listen on {host} port {port}: {reason}. Choose another port with --port.</source>
        <translation>Paddock รอรับการเชื่อมต่อที่ {host} พอร์ต {port} ไม่ได้: {reason} โปรดเลือกพอร์ตอื่นด้วย --port</translation>
    </message>
    <message>
        <location filename="../../app/store/conversations.py" line="+49"/>
        <location line="+38"/>
        <source>There is no conversation number {conversation_id}.</source>
        <translation>ไม่มีบทสนทนาหมายเลข {conversation_id}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A conversation title cannot be empty.</source>
        <translation>ชื่อบทสนทนาต้องไม่ว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../../app/store/database.py" line="+60"/>
        <source>The disk is full: Paddock could not save to its conversation database ({path}). Free some disk space and try again; what was saved before is kept.</source>
        <translation>ดิสก์เต็ม: Paddock บันทึกลงฐานข้อมูลบทสนทนา ({path}) ไม่ได้ โปรดเพิ่มพื้นที่ว่างในดิสก์แล้วลองอีกครั้ง ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังอยู่ครบ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conversation database {path} is damaged ({reason}).</source>
        <translation>ฐานข้อมูลบทสนทนา {path} เสียหาย ({reason})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The conversation database {path} is locked by another program ({reason}). Close other programs that use it and try again.</source>
        <translation>ฐานข้อมูลบทสนทนา {path} ถูกโปรแกรมอื่นล็อกไว้ ({reason}) โปรดปิดโปรแกรมอื่นที่ใช้ไฟล์นี้อยู่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paddock cannot open or write its conversation database {path} ({reason}). Check that the folder exists, that the disk is not read-only and that you may write there.</source>
        <translation>Paddock เปิดหรือเขียนฐานข้อมูลบทสนทนา {path} ไม่ได้ ({reason}) โปรดตรวจสอบว่ามีโฟลเดอร์นั้นอยู่ ดิสก์ไม่ได้เป็นแบบอ่านอย่างเดียว และคุณมีสิทธิ์เขียนในตำแหน่งนั้น</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk reported an error while Paddock used {path} ({reason}).</source>
        <translation>ดิสก์แจ้งข้อผิดพลาดขณะที่ Paddock ใช้งาน {path} ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite ran out of memory while using {path}.</source>
        <translation>SQLite หน่วยความจำไม่พอขณะใช้งาน {path}</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Paddock cannot create the folder {folder}: {reason}</source>
        <translation>Paddock สร้างโฟลเดอร์ {folder} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/export_files.py" line="+53"/>
        <source>The disk is full: the export to {target} was not written.</source>
        <translation>ดิสก์เต็ม: ไม่ได้เขียนไฟล์ส่งออกไปที่ {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export could not be written to {target}: {reason}.</source>
        <translation>เขียนไฟล์ส่งออกไปที่ {target} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/store/export_json.py" line="+152"/>
        <source>{where}: expected an object.</source>
        <translation>{where}: ควรเป็นออบเจ็กต์</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: the field &quot;{key}&quot; is missing.</source>
        <translation>{where}: ไม่มีฟิลด์ &quot;{key}&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>{where}.{key}: unexpected value {value}.</source>
        <translation>{where}.{key}: ค่าที่ไม่คาดคิด {value}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{where}.parent_id: {parent} is not an earlier message of this conversation.</source>
        <translation>{where}.parent_id: {parent} ไม่ใช่ข้อความก่อนหน้าในบทสนทนานี้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}.id: {id} appears twice.</source>
        <translation>{where}.id: {id} ปรากฏสองครั้ง</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{where}.settings: nested more than {levels} levels deep.</source>
        <translation>{where}.settings: ซ้อนกันลึกเกิน {levels} ระดับ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}.current_message_id: {current} is not one of its messages.</source>
        <translation>{where}.current_message_id: {current} ไม่ใช่ข้อความหนึ่งในบทสนทนานี้</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This file is not a Paddock conversations export.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์ส่งออกบทสนทนาของ Paddock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This export was made by a newer Paddock (format version {version}); update Paddock to import it.</source>
        <translation>ไฟล์ส่งออกนี้สร้างโดย Paddock รุ่นที่ใหม่กว่า (รูปแบบรุ่น {version}) โปรดอัปเดต Paddock เพื่อนำเข้าไฟล์นี้</translation>
    </message>
    <message>
        <location filename="../../app/store/import_chatgpt.py" line="+127"/>
        <source>conversation {number}: not a ChatGPT conversation (no &quot;mapping&quot;).</source>
        <translation>บทสนทนาที่ {number}: ไม่ใช่บทสนทนาของ ChatGPT (ไม่มี &quot;mapping&quot;)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>conversation {number} (&quot;{title}&quot;) holds no user or assistant text</source>
        <translation>บทสนทนาที่ {number} (&quot;{title}&quot;) ไม่มีข้อความของผู้ใช้หรือผู้ช่วย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>conversation {number} holds no user or assistant text</source>
        <translation>บทสนทนาที่ {number} ไม่มีข้อความของผู้ใช้หรือผู้ช่วย</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ChatGPT&apos;s conversations.json should hold a list of conversations.</source>
        <translation>ไฟล์ conversations.json ของ ChatGPT ควรมีรายการบทสนทนา</translation>
    </message>
    <message>
        <location filename="../../app/store/import_files.py" line="-58"/>
        <source>This file is neither a Paddock export (JSON with &quot;format&quot;: &quot;paddock.conversations&quot;) nor ChatGPT&apos;s conversations.json.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์ส่งออกของ Paddock (JSON ที่มี &quot;format&quot;: &quot;paddock.conversations&quot;) และไม่ใช่ conversations.json ของ ChatGPT</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+34"/>
        <source>{path} is a damaged zip file: {reason}.</source>
        <translation>{path} เป็นไฟล์ zip ที่เสียหาย: {reason}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>{path}: its conversations.json inflates to more than {limit:,} bytes, over {times} times its {compressed:,} compressed bytes. No real export compresses that well, so the import stopped and nothing was imported.</source>
        <translation>{path}: ไฟล์ conversations.json ข้างในขยายออกได้มากกว่า {limit:,} ไบต์ ซึ่งเกิน {times} เท่าของขนาดที่บีบอัดไว้ {compressed:,} ไบต์ ไฟล์ส่งออกจริงไม่มีทางบีบอัดได้มากขนาดนี้ จึงหยุดการนำเข้าและไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{path} is a zip file without a conversations.json inside.</source>
        <translation>{path} เป็นไฟล์ zip ที่ไม่มี conversations.json อยู่ข้างใน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is an encrypted zip file; unpack it first.</source>
        <translation>{path} เป็นไฟล์ zip ที่เข้ารหัสไว้ โปรดแตกไฟล์ก่อน</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file is not ChatGPT&apos;s conversations.json.</source>
        <translation>ไฟล์นี้ไม่ใช่ conversations.json ของ ChatGPT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a Paddock export.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์ส่งออกของ Paddock</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>file.conversations: should be a list of conversations.</source>
        <translation>file.conversations: ควรเป็นรายการบทสนทนา</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing in {path} could be imported: {first}.</source>
        <translation>นำเข้าข้อมูลจาก {path} ไม่ได้เลย: {first}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing in {path} could be imported: {first}; {second}.</source>
        <translation>นำเข้าข้อมูลจาก {path} ไม่ได้เลย: {first}; {second}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in {path} could be imported: {first}; {second}; {third}.</source>
        <translation>นำเข้าข้อมูลจาก {path} ไม่ได้เลย: {first}; {second}; {third}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in {path} could be imported: {first}; {second}; {third} (and {more} more).</source>
        <translation>นำเข้าข้อมูลจาก {path} ไม่ได้เลย: {first}; {second}; {third} (และอีก {more} รายการ)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} cannot be read as JSON: {reason}.</source>
        <translation>อ่าน {path} เป็น JSON ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} holds no conversations: nothing was imported.</source>
        <translation>{path} ไม่มีบทสนทนา: ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <location filename="../../app/store/messages.py" line="+67"/>
        <location line="+56"/>
        <source>Message {message_id} is not part of conversation {conversation_id}.</source>
        <translation>ข้อความ {message_id} ไม่ได้อยู่ในบทสนทนา {conversation_id}</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>There is no message number {message_id}.</source>
        <translation>ไม่มีข้อความหมายเลข {message_id}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Only your own messages can be edited; regenerate a reply instead.</source>
        <translation>แก้ไขได้เฉพาะข้อความของคุณเองเท่านั้น โปรดสร้างคำตอบใหม่แทน</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a reply of the model can be regenerated.</source>
        <translation>สร้างใหม่ได้เฉพาะคำตอบของโมเดลเท่านั้น</translation>
    </message>
    <message>
        <location filename="../../app/store/migrations.py" line="+229"/>
        <source>This Python&apos;s SQLite is version {version}; Paddock&apos;s history search needs SQLite 3.34 or newer (FTS5 trigram).</source>
        <translation>SQLite ของ Python นี้เป็นรุ่น {version} การค้นหาประวัติของ Paddock ต้องใช้ SQLite 3.34 ขึ้นไป (FTS5 trigram)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The conversation database {path} was written by a newer version of Paddock (it has changes this version does not know: {changes}). Update Paddock to open it. The file was left unchanged.</source>
        <translation>ฐานข้อมูลบทสนทนา {path} ถูกเขียนโดย Paddock รุ่นที่ใหม่กว่า (มีการเปลี่ยนแปลงที่รุ่นนี้ไม่รู้จัก: {changes}) โปรดอัปเดต Paddock เพื่อเปิดไฟล์นี้ ไฟล์ยังคงเหมือนเดิมไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <location filename="../../app/store/search.py" line="+335"/>
        <source>Type a word to search for.</source>
        <translation>พิมพ์คำที่ต้องการค้นหา</translation>
    </message>
</context>
<context>
    <name>AttachedLabel</name>
    <message>
        <location filename="../../ui/widgets/documents_ui.py" line="+63"/>
        <source>whole documents</source>
        <translation>เอกสารทั้งฉบับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passages found for each question</source>
        <translation>ข้อความที่พบสำหรับแต่ละคำถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers from your documents: %1 (%2)</source>
        <translation>ตอบจากเอกสารของคุณ: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <location filename="../../ui/widgets/compare_window.py" line="+308"/>
        <source>&amp;Compare</source>
        <translation>เปรียบเทียบ (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare models side by side…</source>
        <translation>เปรียบเทียบโมเดลเคียงข้างกัน…</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="+114"/>
        <source>GGUF file…</source>
        <translation>ไฟล์ GGUF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest reply (tokens):</source>
        <translation>คำตอบยาวสุด (โทเค็น):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop this pane</source>
        <translation>หยุดช่องนี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1</source>
        <translation>โมเดล %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a GGUF model</source>
        <translation>เลือกโมเดล GGUF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GGUF models (*.gguf)</source>
        <translation>โมเดล GGUF (*.gguf)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You: </source>
        <translation>คุณ: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>remote</source>
        <translation>ระยะไกล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First token %1 s · prompt %2 tokens/s · generation %3 tokens/s · %4 + %5 tokens · memory %6</source>
        <translation>โทเค็นแรก %1 วิ · พรอมต์ %2 โทเค็น/วิ · สร้าง %3 โทเค็น/วิ · %4 + %5 โทเค็น · หน่วยความจำ %6</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../ui/widgets/compare_window.py" line="-158"/>
        <source>Compare models — Paddock</source>
        <translation>เปรียบเทียบโมเดล — Paddock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>เคียงข้างกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaderboard</source>
        <translation>ตารางอันดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panes:</source>
        <translation>ช่อง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind (names hidden and order shuffled until the vote)</source>
        <translation>แบบปิดตา (ซ่อนชื่อและสลับลำดับจนกว่าจะโหวต)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New comparison</source>
        <translation>การเปรียบเทียบใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to all</source>
        <translation>ส่งถึงทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop all</source>
        <translation>หยุดทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message for every pane (Ctrl+Enter sends)</source>
        <translation>ข้อความถึงทุกช่อง (Ctrl+Enter เพื่อส่ง)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tie</source>
        <translation>เสมอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both are bad</source>
        <translation>แย่ทั้งคู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with the winner</source>
        <translation>คุยต่อกับผู้ชนะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task:</source>
        <translation>งาน:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is better</source>
        <translation>%1 ดีกว่า</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is best</source>
        <translation>%1 ดีที่สุด</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a model in every pane.</source>
        <translation>เลือกโมเดลในทุกช่อง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Together: every pane&apos;s model is loaded at once and they answer at the same time.</source>
        <translation>พร้อมกัน: โมเดลของทุกช่องถูกโหลดพร้อมกันและตอบในเวลาเดียวกัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One after another: each pane&apos;s model is loaded, answers and is unloaded before the next.</source>
        <translation>ทีละตัว: โมเดลของแต่ละช่องจะถูกโหลด ตอบ แล้วถูกยกเลิกการโหลดก่อนตัวถัดไป</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads: %1.</source>
        <translation>เธรด: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote: %1 (on a server: no memory or cores here, answers alongside the others).</source>
        <translation>ระยะไกล: %1 (บนเซิร์ฟเวอร์: ไม่ใช้หน่วยความจำหรือคอร์ที่นี่ ตอบพร้อมกับรายอื่น)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stopped.</source>
        <translation>หยุดแล้ว</translation>
    </message>
</context>
<context>
    <name>ContextFullBox</name>
    <message>
        <location filename="../../ui/widgets/context_full.py" line="+31"/>
        <source>This message does not fit in the context</source>
        <translation>ข้อความนี้ไม่พอดีกับบริบท</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conversation, your message and the room kept for the reply need about %1 tokens; the model is loaded with a context of %2 tokens. What should Paddock do in this chat?</source>
        <translation>บทสนทนา ข้อความของคุณ และพื้นที่ที่สำรองไว้สำหรับคำตอบ ต้องใช้ประมาณ %1 โทเค็น แต่โมเดลโหลดไว้ด้วยบริบท %2 โทเค็น Paddock ควรทำอย่างไรในแชทนี้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload with a longer context (%1 tokens)</source>
        <translation>โหลดใหม่ด้วยบริบทที่ยาวขึ้น (%1 โทเค็น)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking whether it fits in memory…</source>
        <translation>กำลังตรวจว่าหน่วยความจำพอหรือไม่…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the oldest turns</source>
        <translation>ตัดรอบสนทนาที่เก่าที่สุดออก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system prompt stays; the turns left out are dimmed in the chat</source>
        <translation>พรอมต์ระบบยังคงอยู่ รอบสนทนาที่ถูกตัดออกจะแสดงเป็นสีจางในแชท</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../ui/widgets/context_meter.py" line="+75"/>
        <source>Context: %1 of %2 tokens</source>
        <translation>บริบท: %1 จาก %2 โทเค็น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System prompt: %1</source>
        <translation>พรอมต์ระบบ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation: %1</source>
        <translation>บทสนทนา: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message: %1</source>
        <translation>ข้อความของคุณ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for the reply: %1</source>
        <translation>สำรองไว้สำหรับคำตอบ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next message does not fit in the context.</source>
        <translation>ข้อความถัดไปไม่พอดีกับบริบท</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../ui/widgets/convert_dialog.py" line="+59"/>
        <source>Convert a Hugging Face model</source>
        <translation>แปลงโมเดลจาก Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>โหลด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From %1 to an F16 GGUF in the models folder.</source>
        <translation>จาก %1 เป็นไฟล์ GGUF แบบ F16 ในโฟลเดอร์โมเดล</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the GGUF: %1 of %2</source>
        <translation>กำลังเขียน GGUF: %1 จาก %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking that llama.cpp loads the result…</source>
        <translation>กำลังตรวจว่า llama.cpp โหลดผลลัพธ์ได้…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the folder: configuration, weights, tokenizer, disk space…</source>
        <translation>กำลังตรวจโฟลเดอร์: การกำหนดค่า น้ำหนัก ตัวตัดคำ พื้นที่ดิสก์…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>เสร็จแล้ว: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was left behind.</source>
        <translation>ยกเลิกแล้ว ไม่มีไฟล์ค้างไว้</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/crash.py" line="+47"/>
        <source>Paddock hit a bug</source>
        <translation>Paddock พบข้อผิดพลาดภายใน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong. Your conversations are saved. The details below were written to the log; please include them in a bug report.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด บทสนทนาของคุณได้รับการบันทึกไว้แล้ว รายละเอียดด้านล่างถูกเขียนลงในไฟล์บันทึกแล้ว โปรดแนบรายละเอียดนี้ไปกับรายงานข้อผิดพลาด</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../ui/widgets/documents_dialog.py" line="+118"/>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own documents, indexed on this computer: nothing is sent anywhere. Tick a collection to answer the chat on screen from it.</source>
        <translation>เอกสารของคุณเอง จัดทำดัชนีบนคอมพิวเตอร์เครื่องนี้: ไม่มีสิ่งใดถูกส่งออกไป ทำเครื่องหมายที่คอลเลกชันเพื่อให้แชตบนหน้าจอตอบจากคอลเลกชันนั้น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collection name</source>
        <translation>ชื่อคอลเลกชัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;files…</source>
        <translation>เพิ่มไฟล์ (&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add f&amp;older…</source>
        <translation>เพิ่มโฟลเดอร์ (&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-scan</source>
        <translation>สแกนใหม่ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not indexed:</source>
        <translation>ไม่ได้จัดทำดัชนี:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Embedding model:</source>
        <translation>โมเดล&amp;ฝังความหมาย:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 files, %3 passages, %4 tokens</source>
        <translation>%1: %2 ไฟล์, %3 ข้อความ, %4 โทเคน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read whole documents instead of searching them (%1 tokens)</source>
        <translation>อ่านเอกสารทั้งฉบับแทนการค้นหา (%1 โทเคน)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>None: keyword search only</source>
        <translation>ไม่มี: ค้นหาด้วยคำสำคัญเท่านั้น</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download %1 (%2 MB)…</source>
        <translation>ดาวน์โหลด %1 (%2 MB)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a GGUF file…</source>
        <translation>เลือกไฟล์ GGUF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passages are found by their words and by their meaning (%1), in any of the languages the model knows.</source>
        <translation>ค้นหาข้อความด้วยคำและความหมาย (%1) ในทุกภาษาที่โมเดลรู้จัก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyword search only: passages are found by the words of the question. Choose an embedding model (multilingual-e5, bge-m3) to also find them by meaning.</source>
        <translation>ค้นหาด้วยคำสำคัญเท่านั้น: ค้นหาข้อความจากคำในคำถาม เลือกโมเดลฝังความหมาย (multilingual-e5, bge-m3) เพื่อค้นหาจากความหมายด้วย</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading %1 (see the downloads list): it is offered here once it is in.</source>
        <translation>กำลังดาวน์โหลด %1 (ดูรายการดาวน์โหลด): จะมีให้เลือกที่นี่เมื่อดาวน์โหลดเสร็จ</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 of %2 files, about %3 s left</source>
        <translation>%1 จาก %2 ไฟล์ เหลืออีกประมาณ %3 วินาที</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedding passages: %1 of %2</source>
        <translation>กำลังฝังความหมายข้อความ: %1 จาก %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, about %2 s left</source>
        <translation>%1 เหลืออีกประมาณ %2 วินาที</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a kind of file Paddock reads</source>
        <translation>ไม่ใช่ชนิดไฟล์ที่ Paddock อ่านได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scanned PDF without text</source>
        <translation>PDF ที่สแกนมาโดยไม่มีข้อความ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged</source>
        <translation>ไฟล์เสียหาย</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Indexing stopped; the files done so far are kept.</source>
        <translation>หยุดการจัดทำดัชนีแล้ว ไฟล์ที่ทำเสร็จแล้วยังคงอยู่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add documents</source>
        <translation>เพิ่มเอกสาร</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an embedding model</source>
        <translation>เลือกโมเดลฝังความหมาย</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a folder of documents</source>
        <translation>เพิ่มโฟลเดอร์เอกสาร</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../../ui/widgets/documents_ui.py" line="-27"/>
        <source>&amp;Documents</source>
        <translation>เอกสาร (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collections…</source>
        <translation>คอลเลกชัน (&amp;C)…</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../ui/widgets/downloads_panel.py" line="+88"/>
        <source>Pause</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>ดำเนินการต่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load</source>
        <translation>โหลด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the download before it</source>
        <translation>รอการดาวน์โหลดก่อนหน้า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking the hub…</source>
        <translation>กำลังถามฮับ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the bytes kept from before: %1</source>
        <translation>กำลังตรวจไบต์ที่เก็บไว้ก่อนหน้า: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified; installing…</source>
        <translation>ตรวจสอบแล้ว กำลังติดตั้ง…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/s</source>
        <translation>%1/วินาที</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left</source>
        <translation>เหลือ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: %1 kept. Resume continues from there.</source>
        <translation>หยุดชั่วคราว: เก็บไว้ %1 ดำเนินการต่อจะเริ่มจากตรงนั้น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed and verified (sha256), %1.</source>
        <translation>ติดตั้งและตรวจสอบแล้ว (sha256), %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; the partial file was deleted.</source>
        <translation>ยกเลิกแล้ว ลบไฟล์ที่ดาวน์โหลดไม่ครบแล้ว</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+45"/>
        <source>This model file cannot be used</source>
        <translation>ไม่สามารถใช้ไฟล์โมเดลนี้ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model is not supported</source>
        <translation>ไม่รองรับโมเดลนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The context is longer than this model supports</source>
        <translation>บริบทยาวเกินกว่าที่โมเดลนี้รองรับ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conversation no longer fits in the context</source>
        <translation>บทสนทนายาวเกินบริบทแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model&apos;s chat template was refused</source>
        <translation>เทมเพลตแชทของโมเดลถูกปฏิเสธ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model engine reported a problem</source>
        <translation>เอนจินของโมเดลรายงานปัญหา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model stopped unexpectedly</source>
        <translation>โมเดลหยุดทำงานโดยไม่คาดคิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded</source>
        <translation>ยังไม่มีโมเดลที่โหลดอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remote backend cannot be reached (is the server running, is the address right?)</source>
        <translation>ติดต่อแบ็กเอนด์ระยะไกลไม่ได้ (เซิร์ฟเวอร์ทำงานอยู่หรือไม่ ที่อยู่ถูกต้องหรือไม่)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The remote backend did not answer in time</source>
        <translation>แบ็กเอนด์ระยะไกลไม่ตอบกลับภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remote backend answered with an error</source>
        <translation>แบ็กเอนด์ระยะไกลตอบกลับด้วยข้อผิดพลาด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These settings cannot be used</source>
        <translation>ไม่สามารถใช้การตั้งค่าเหล่านี้ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model does not fit in memory</source>
        <translation>โมเดลนี้มีขนาดใหญ่เกินหน่วยความจำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation history cannot be used</source>
        <translation>ไม่สามารถใช้ประวัติการสนทนาได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full</source>
        <translation>ดิสก์เต็ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database is damaged</source>
        <translation>ฐานข้อมูลการสนทนาเสียหาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database is busy</source>
        <translation>ฐานข้อมูลการสนทนากำลังถูกใช้งานอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation database cannot be opened</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลการสนทนาได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation history was written by a newer Paddock</source>
        <translation>ประวัติการสนทนาถูกเขียนโดย Paddock เวอร์ชันที่ใหม่กว่า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation no longer exists</source>
        <translation>การสนทนานี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export could not be written</source>
        <translation>ไม่สามารถเขียนไฟล์ส่งออกได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be imported</source>
        <translation>ไม่สามารถนำเข้าไฟล์นี้ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddock&apos;s model list is damaged</source>
        <translation>รายการโมเดลของ Paddock เสียหาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hugging Face refused access to this model</source>
        <translation>Hugging Face ปฏิเสธการเข้าถึงโมเดลนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This model was not found on Hugging Face</source>
        <translation>ไม่พบโมเดลนี้บน Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hugging Face cannot be reached</source>
        <translation>ไม่สามารถเชื่อมต่อ Hugging Face ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download is damaged</source>
        <translation>ไฟล์ที่ดาวน์โหลดเสียหาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is not enough disk space</source>
        <translation>พื้นที่ดิสก์ไม่เพียงพอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This download is in the way of another</source>
        <translation>การดาวน์โหลดนี้ขัดกับการดาวน์โหลดอื่น</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาดบางอย่าง</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../ui/widgets/first_run_page.py" line="+156"/>
        <location line="+83"/>
        <source>Working out which Llama suits this computer…</source>
        <translation>กำลังหาว่า Llama ตัวไหนเหมาะกับคอมพิวเตอร์เครื่องนี้…</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Get a Llama</source>
        <translation>รับ Llama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Welcome to Paddock&lt;/h2&gt;Paddock runs Llama models on this computer; nothing you type leaves it. First you need a model: here is what fits.</source>
        <translation>&lt;h2&gt;ยินดีต้อนรับสู่ Paddock&lt;/h2&gt;Paddock รันโมเดล Llama บนคอมพิวเตอร์เครื่องนี้ สิ่งที่คุณพิมพ์จะไม่ออกไปไหน ก่อนอื่นคุณต้องมีโมเดล นี่คือโมเดลที่ใส่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer</source>
        <translation>คอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Llama that suits it</source>
        <translation>Llama ที่เหมาะกับเครื่องนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence and other ways to a model</source>
        <translation>สัญญาอนุญาตและวิธีอื่นในการได้โมเดล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan for a context of:</source>
        <translation>วางแผนสำหรับบริบทขนาด:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download it</source>
        <translation>ดาวน์โหลด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a GGUF file…</source>
        <translation>เปิดไฟล์ GGUF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this one</source>
        <translation>ใช้ตัวนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>Convert a Hugging Face folder…</source>
        <translation>แปลงโฟลเดอร์ Hugging Face…</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>A folder with config.json, tokenizer and .safetensors files</source>
        <translation>โฟลเดอร์ที่มี config.json ตัวตัดคำ และไฟล์ .safetensors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models found in the Hugging Face cache, LM Studio and Ollama</source>
        <translation>โมเดล GGUF ที่พบในแคชของ Hugging Face, LM Studio และ Ollama</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meta&apos;s Llama models come under their community licences: %1. Using a model means accepting its licence.</source>
        <translation>โมเดล Llama ของ Meta อยู่ภายใต้สัญญาอนุญาตชุมชน: %1 การใช้โมเดลหมายถึงการยอมรับสัญญาอนุญาตของโมเดลนั้น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock downloads ready-made GGUF files from community repositories that need no account. Meta&apos;s own repositories are gated: accept the licence on huggingface.co, create a token with read access at &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; and set it as HF_TOKEN before starting Paddock.</source>
        <translation>Paddock ดาวน์โหลดไฟล์ GGUF สำเร็จรูปจากคลังของชุมชนที่ไม่ต้องมีบัญชี ส่วนคลังของ Meta เองถูกจำกัดการเข้าถึง: ยอมรับสัญญาอนุญาตบน huggingface.co สร้างโทเค็นที่อ่านได้ที่ &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; แล้วตั้งเป็น HF_TOKEN ก่อนเปิด Paddock</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measuring this computer…</source>
        <translation>กำลังตรวจวัดคอมพิวเตอร์เครื่องนี้…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory: %1 in total, %2 free now.</source>
        <translation>หน่วยความจำ: ทั้งหมด %1 ว่างอยู่ตอนนี้ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock may use at most %1 here (a limit set for this session); %2 of it is free.</source>
        <translation>Paddock ใช้ได้มากที่สุด %1 ที่นี่ (ขีดจำกัดของเซสชันนี้) ว่างอยู่ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processor: %1, %2 cores.</source>
        <translation>หน่วยประมวลผล: %1, %2 คอร์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graphics: %1, sharing the computer&apos;s memory (up to %2).</source>
        <translation>กราฟิก: %1 ใช้หน่วยความจำร่วมกับคอมพิวเตอร์ (สูงสุด %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graphics: %1 with %2 of video memory (%3 free).</source>
        <translation>กราฟิก: %1 หน่วยความจำวิดีโอ %2 (ว่าง %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graphics: %1 with %2 of video memory.</source>
        <translation>กราฟิก: %1 หน่วยความจำวิดีโอ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paddock&apos;s llama.cpp can use it.</source>
        <translation>llama.cpp ของ Paddock ใช้การ์ดนี้ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether Paddock&apos;s llama.cpp can use it is unknown.</source>
        <translation>ไม่ทราบว่า llama.cpp ของ Paddock ใช้การ์ดนี้ได้หรือไม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paddock&apos;s llama.cpp was built for the CPU only, so it is not used.</source>
        <translation>llama.cpp ของ Paddock สร้างมาสำหรับ CPU เท่านั้น จึงไม่ได้ใช้การ์ดนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card that llama.cpp could use was found: models run on the processor.</source>
        <translation>ไม่พบการ์ดจอที่ llama.cpp ใช้ได้ โมเดลจะรันบนหน่วยประมวลผล</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No Llama in the catalog fits in the memory that is free now at this context. Close other programs or choose a shorter context.</source>
        <translation>ไม่มี Llama ในแคตตาล็อกที่ใส่ในหน่วยความจำที่ว่างอยู่ตอนนี้ได้ด้วยบริบทนี้ ปิดโปรแกรมอื่นหรือเลือกบริบทที่สั้นลง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It fits in the %1 of video memory with %2 to spare</source>
        <translation>ใส่ในหน่วยความจำวิดีโอ %1 ได้ และเหลือ %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It fits in your %1 of memory with %2 to spare</source>
        <translation>ใส่ในหน่วยความจำ %1 ของคุณได้ และเหลือ %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, writing %1.</source>
        <translation> และเขียนได้ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt;, %2, with a context of %3.</source>
        <translation>แนะนำ: &lt;b&gt;%1&lt;/b&gt;, %2 ด้วยบริบท %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longest context that fits: %1.</source>
        <translation>บริบทที่ยาวที่สุดที่ใส่ได้: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No GGUF model found in other apps&apos; folders</source>
        <translation>ไม่พบโมเดล GGUF ในโฟลเดอร์ของแอปอื่น</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not enough disk space for it: %1 to download, %2 free. Free some space first.</source>
        <translation>พื้นที่ดิสก์ไม่พอ: ต้องดาวน์โหลด %1 แต่ว่างอยู่ %2 โปรดเพิ่มพื้นที่ว่างก่อน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to download; %2 free on the disk.</source>
        <translation>ต้องดาวน์โหลด %1 ดิสก์ว่างอยู่ %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From %1 (no account needed)</source>
        <translation>จาก %1 (ไม่ต้องมีบัญชี)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ready-made file of this one: convert the Hugging Face model and quantize it</source>
        <translation>ไม่มีไฟล์สำเร็จรูปของตัวนี้: แปลงโมเดลจาก Hugging Face แล้วควอนไทซ์</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/widgets/help_menu.py" line="+49"/>
        <source>&amp;Help</source>
        <translation>&amp;ช่วยเหลือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;ปุ่มลัดแป้นพิมพ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Paddock</source>
        <translation>&amp;เกี่ยวกับ Paddock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paddock %1</source>
        <translation>Paddock %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat with Llama models on your own computer. Your conversations stay on it.</source>
        <translation>แชทกับโมเดล Llama บนคอมพิวเตอร์ของคุณเอง บทสนทนาของคุณจะอยู่ในเครื่องนั้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models run with llama.cpp.</source>
        <translation>โมเดลทำงานด้วย llama.cpp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Llama licence notice:</source>
        <translation>ประกาศสัญญาอนุญาตของ Llama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the Llama 3.1 Community License</source>
        <translation>อ่าน Llama 3.1 Community License</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Paddock</source>
        <translation>เกี่ยวกับ Paddock</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/widgets/history_panel.py" line="+103"/>
        <source>Search all conversations</source>
        <translation>ค้นหาในการสนทนาทั้งหมด</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled conversation</source>
        <translation>การสนทนาที่ไม่มีชื่อ</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n message(s) found</source>
        <translation>
            <numerusform>พบ %n ข้อความ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found for “%1”.</source>
        <translation>ไม่พบผลลัพธ์สำหรับ “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n ข้อความ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening your conversations…</source>
        <translation>กำลังเปิดการสนทนาของคุณ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations are not being saved: %1</source>
        <translation>ไม่ได้บันทึกการสนทนา: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your conversations will be listed here.</source>
        <translation>การสนทนาของคุณจะแสดงที่นี่</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Rename…</source>
        <translation>เปลี่ยนชื่อ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin</source>
        <translation>เลิกปักหมุด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin to the top</source>
        <translation>ปักหมุดไว้ด้านบน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as Markdown…</source>
        <translation>ส่งออกเป็น Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation>ส่งออกเป็น JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename conversation</source>
        <translation>เปลี่ยนชื่อการสนทนา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>ชื่อเรื่อง:</translation>
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
        <translation>ส่งออกการสนทนา</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete conversation</source>
        <translation>ลบการสนทนา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this conversation and all its messages? This cannot be undone.</source>
        <translation>ลบการสนทนานี้และข้อความทั้งหมดหรือไม่? ไม่สามารถเรียกคืนได้</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../ui/widgets/language_box.py" line="+40"/>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>ภาษาของโปรแกรม</translation>
    </message>
</context>
<context>
    <name>LeaderboardChart</name>
    <message>
        <location filename="../../ui/widgets/leaderboard_chart.py" line="+80"/>
        <source>No votes yet. Compare models side by side and vote to see their ratings here.</source>
        <translation>ยังไม่มีการโหวต เปรียบเทียบโมเดลแบบเคียงข้างกันแล้วโหวต เพื่อดูคะแนนของโมเดลที่นี่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings with 95 % intervals</source>
        <translation>คะแนนพร้อมช่วงความเชื่อมั่น 95 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate of the row&apos;s model against the column&apos;s</source>
        <translation>อัตราการชนะของโมเดลในแถวเทียบกับโมเดลในคอลัมน์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ties count half a win each way; the small number is the battles between the two.</source>
        <translation>ผลเสมอนับเป็นชนะครึ่งหนึ่งให้ทั้งสองฝ่าย ตัวเลขเล็กคือจำนวนครั้งที่ทั้งสองแข่งกัน</translation>
    </message>
</context>
<context>
    <name>LeaderboardPage</name>
    <message>
        <location filename="../../ui/widgets/compare_leaderboard.py" line="+86"/>
        <source>Include votes cast with the names visible</source>
        <translation>รวมคะแนนโหวตที่ให้ขณะเห็นชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out &quot;both are bad&quot; votes</source>
        <translation>ไม่นับโหวต &quot;แย่ทั้งคู่&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise a &quot;both are bad&quot; vote counts as a tie.</source>
        <translation>มิฉะนั้นโหวต &quot;แย่ทั้งคู่&quot; จะนับเป็นเสมอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task:</source>
        <translation>งาน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95 % interval</source>
        <translation>ช่วง 95 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Battles</source>
        <translation>การประชัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins / ties / losses</source>
        <translation>ชนะ / เสมอ / แพ้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Win rate</source>
        <translation>อัตราชนะ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No votes yet: compare two models and vote.</source>
        <translation>ยังไม่มีคะแนนโหวต: เปรียบเทียบสองโมเดลแล้วโหวต</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bradley–Terry ratings on the Elo scale; ties count half a win each way; intervals from %1 resamples of the votes.</source>
        <translation>คะแนน Bradley–Terry บนสเกล Elo; เสมอนับเป็นชนะครึ่งหนึ่งทั้งสองฝ่าย; ช่วงจากการสุ่มซ้ำคะแนนโหวต %1 ครั้ง</translation>
    </message>
</context>
<context>
    <name>LoadSettingsDialog</name>
    <message>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+185"/>
        <source>Load settings</source>
        <translation>การตั้งค่าการโหลด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it costs</source>
        <translation>สิ่งที่ต้องใช้</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-115"/>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+1"/>
        <source>Context:</source>
        <translation>บริบท:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="+0"/>
        <location line="+9"/>
        <source>KV cache:</source>
        <translation>แคช KV:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/load_settings_dialog.py" line="-9"/>
        <source>GPU layers:</source>
        <translation>เลเยอร์บน GPU:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> tokens</source>
        <translation> โทเค็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the conversation the model can see at once</source>
        <translation>ปริมาณบทสนทนาที่โมเดลเห็นได้ในครั้งเดียว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>q8_0 and q4_0 store the context in less memory (q8_0 loses almost nothing)</source>
        <translation>q8_0 และ q4_0 เก็บบริบทโดยใช้หน่วยความจำน้อยลง (q8_0 แทบไม่เสียคุณภาพ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planner&apos;s choice</source>
        <translation>ตามที่ตัววางแผนเลือก</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+154"/>
        <source>Layers run on the GPU; the rest run on the CPU from RAM</source>
        <translation>เลเยอร์ที่รันบน GPU ส่วนที่เหลือรันบน CPU จาก RAM</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Weights:</source>
        <translation>น้ำหนักโมเดล:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compute buffers:</source>
        <translation>บัฟเฟอร์คำนวณ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory needed:</source>
        <translation>หน่วยความจำที่ต้องใช้:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory available:</source>
        <translation>หน่วยความจำที่มี:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the prompt:</source>
        <translation>การอ่านพรอมต์:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the reply:</source>
        <translation>การเขียนคำตอบ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading a full context:</source>
        <translation>การอ่านบริบทเต็ม:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would fit instead:</source>
        <translation>สิ่งที่ใส่ได้แทน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load anyway (it may be very slow or fail)</source>
        <translation>โหลดต่อไป (อาจช้ามากหรือล้มเหลว)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>โหลด</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading %1…</source>
        <translation>กำลังอ่าน %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · trained for %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 · ฝึกมาสำหรับ %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planning…</source>
        <translation>กำลังวางแผน…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quantized KV cache needs flash attention: it is turned on with it</source>
        <translation>แคช KV แบบควอนไทซ์ต้องใช้ flash attention จึงเปิดให้พร้อมกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses less memory for long contexts</source>
        <translation>ใช้หน่วยความจำน้อยลงสำหรับบริบทยาว</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 of RAM</source>
        <translation>RAM %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of RAM (%2 after keeping some free)</source>
        <translation>RAM %1 (เหลือ %2 หลังกันไว้ส่วนหนึ่ง)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of VRAM</source>
        <translation>VRAM %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of VRAM on %2</source>
        <translation>VRAM %1 บน %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No GPU that this llama.cpp build can use: every layer runs on the CPU</source>
        <translation>ไม่มี GPU ที่ llama.cpp รุ่นนี้ใช้ได้ ทุกเลเยอร์จะรันบน CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planner&apos;s choice (%1)</source>
        <translation>ตามที่ตัววางแผนเลือก (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A smaller file of this model would fit: %1 (needs %2).</source>
        <translation>ไฟล์ที่เล็กกว่าของโมเดลนี้จะใส่ได้: %1 (ต้องใช้ %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use a %1 KV cache (same context)</source>
        <translation>ใช้แคช KV แบบ %1 (บริบทเท่าเดิม)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn flash attention on (same context)</source>
        <translation>เปิด flash attention (บริบทเท่าเดิม)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the context to %1</source>
        <translation>ลดบริบทเหลือ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run on the CPU only (no GPU layers)</source>
        <translation>รันบน CPU เท่านั้น (ไม่มีเลเยอร์บน GPU)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="+181"/>
        <source>Copied</source>
        <translation>คัดลอกแล้ว</translation>
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
        <translation>เปิดโมเดล…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a GGUF model file on this computer</source>
        <translation>เลือกไฟล์โมเดล GGUF ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>แชทใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message. Enter sends, Shift+Enter adds a line.</source>
        <translation>พิมพ์ข้อความ กด Enter เพื่อส่ง กด Shift+Enter เพื่อขึ้นบรรทัดใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>สร้างใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling…</source>
        <translation>การสุ่มคำ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature, top-p and the other sampling settings of this chat</source>
        <translation>อุณหภูมิและการตั้งค่าการสุ่มคำอื่นๆ ของแชทนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the last reply again; the first one is kept in the history</source>
        <translation>เขียนคำตอบล่าสุดใหม่ คำตอบแรกยังเก็บไว้ในประวัติ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading %1…</source>
        <translation>กำลังโหลด %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · context %3 tokens</source>
        <translation>%1 · %2 · บริบท %3 โทเค็น</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model loaded</source>
        <translation>ยังไม่ได้โหลดโมเดล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>finished</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length limit reached</source>
        <translation>ถึงขีดจำกัดความยาวแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context is full</source>
        <translation>บริบทเต็มแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>หยุดแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln โทเค็น</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tokens/s</source>
        <translation>%1 โทเค็น/วินาที</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first token after %1 s</source>
        <translation>โทเค็นแรกหลัง %1 วินาที</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 prompt tokens reused</source>
        <translation>ใช้โทเค็นของพรอมต์ซ้ำ %1 จาก %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model saw the last %1 of %2 messages</source>
        <translation>โมเดลเห็น %1 ข้อความล่าสุดจากทั้งหมด %2 ข้อความ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing…</source>
        <translation>กำลังเขียน…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the model…</source>
        <translation>กำลังโหลดโมเดล…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready. Type a message below.</source>
        <translation>พร้อมแล้ว พิมพ์ข้อความด้านล่าง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a GGUF model file to start.</source>
        <translation>เปิดไฟล์โมเดล GGUF เพื่อเริ่มต้น</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a GGUF model</source>
        <translation>เปิดโมเดล GGUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>โมเดล GGUF (*.gguf);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The model is still loading; send your message when it is ready.</source>
        <translation>โมเดลยังโหลดอยู่ ส่งข้อความของคุณเมื่อโมเดลพร้อม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reply is being written. Wait for it, or press Stop (Esc).</source>
        <translation>กำลังเขียนคำตอบอยู่ รอสักครู่ หรือกด “หยุด” (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded. Click &quot;Open model…&quot; and choose a GGUF file first.</source>
        <translation>ยังไม่ได้โหลดโมเดล คลิก “เปิดโมเดล…” แล้วเลือกไฟล์ GGUF ก่อน</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Editing a message: Enter sends the new version from there; the first one is kept.</source>
        <translation>กำลังแก้ไขข้อความ: กด Enter เพื่อส่งฉบับใหม่จากจุดนั้น ฉบับแรกยังเก็บไว้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Editing your last message: Enter sends the new version; the first one is kept.</source>
        <translation>กำลังแก้ไขข้อความล่าสุด: กด Enter เพื่อส่งฉบับใหม่ ฉบับแรกยังเก็บไว้</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Load anyway</source>
        <translation>โหลดต่อไป</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paddock restored the most recent backup; conversations changed after it are missing.</source>
        <translation>Paddock กู้คืนข้อมูลสำรองล่าสุดแล้ว การสนทนาที่เปลี่ยนแปลงหลังจากนั้นจะหายไป</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usable backup was found, so the history starts empty.</source>
        <translation>ไม่พบข้อมูลสำรองที่ใช้ได้ ประวัติจึงเริ่มต้นใหม่แบบว่างเปล่า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your conversation database was damaged.</source>
        <translation>ฐานข้อมูลการสนทนาของคุณเสียหาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The damaged file was kept as %1.</source>
        <translation>เก็บไฟล์ที่เสียหายไว้เป็น %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n reply(ies) were cut off when Paddock last closed; their text so far was kept.</source>
        <translation>
            <numerusform>มีคำตอบ %n รายการถูกตัดเมื่อ Paddock ปิดครั้งล่าสุด ข้อความที่เขียนไว้แล้วถูกเก็บไว้</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1</source>
        <translation>ส่งออกไปยัง %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../ui/widgets/model_manager.py" line="+109"/>
        <location line="+80"/>
        <source>Models</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Installed models</source>
        <translation>โมเดลที่ติดตั้งแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads</source>
        <translation>การดาวน์โหลด</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_leaderboard.py" line="-29"/>
        <location filename="../../ui/widgets/model_manager.py" line="+1"/>
        <source>Model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_manager.py" line="+0"/>
        <source>Quantization</source>
        <translation>การควอนไทซ์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameters</source>
        <translation>พารามิเตอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trained context</source>
        <translation>บริบทที่ฝึกมา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load…</source>
        <translation>โหลด…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantize…</source>
        <translation>ควอนไทซ์…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again</source>
        <translation>ค้นหาอีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No downloads. Models &gt; Get a model… offers one that fits.</source>
        <translation>ไม่มีการดาวน์โหลด เมนูโมเดล &gt; รับโมเดล… จะแนะนำโมเดลที่ใส่ได้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paddock&apos;s models folder</source>
        <translation>โฟลเดอร์โมเดลของ Paddock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used where it is</source>
        <translation>ใช้จากที่เดิม</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The loaded model cannot be deleted; load another one first</source>
        <translation>ลบโมเดลที่โหลดอยู่ไม่ได้ โปรดโหลดตัวอื่นก่อน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an F32, F16 or BF16 model can be quantized</source>
        <translation>ควอนไทซ์ได้เฉพาะโมเดล F32, F16 หรือ BF16</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete %1? This frees %2 on disk.</source>
        <translation>ลบ %1 หรือไม่ จะได้พื้นที่ดิสก์คืน %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget %1? The file stays where it is; Paddock stops listing it.</source>
        <translation>ลืม %1 หรือไม่ ไฟล์จะอยู่ที่เดิม แต่ Paddock จะไม่แสดงในรายการอีก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget</source>
        <translation>ลืม</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 deleted: %2 freed.</source>
        <translation>ลบ %1 แล้ว ได้พื้นที่คืน %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer listed; the file was left where it is.</source>
        <translation>%1 ไม่อยู่ในรายการแล้ว ไฟล์ยังอยู่ที่เดิม</translation>
    </message>
</context>
<context>
    <name>ModelOpener</name>
    <message>
        <location filename="../../ui/widgets/model_opener.py" line="+34"/>
        <source>Open a GGUF model</source>
        <translation>เปิดโมเดล GGUF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_dialog.py" line="-5"/>
        <location filename="../../ui/widgets/model_opener.py" line="+0"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>โมเดล GGUF (*.gguf);;ไฟล์ทั้งหมด (*)</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../ui/widgets/model_picker.py" line="+66"/>
        <source>Installed models</source>
        <translation>โมเดลที่ติดตั้งแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-1"/>
        <location filename="../../ui/widgets/model_picker.py" line="+1"/>
        <source>Model:</source>
        <translation>โมเดล:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_picker.py" line="+1"/>
        <source>Switch to another installed model</source>
        <translation>สลับไปใช้โมเดลอื่นที่ติดตั้งแล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an installed model…</source>
        <translation>เลือกโมเดลที่ติดตั้งแล้ว…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No model installed yet</source>
        <translation>ยังไม่มีโมเดลที่ติดตั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="+31"/>
        <location filename="../../ui/widgets/model_picker.py" line="+12"/>
        <source>%1 · remote · %2</source>
        <translation>%1 · ระยะไกล · %2</translation>
    </message>
</context>
<context>
    <name>ModelsMenu</name>
    <message>
        <location filename="../../ui/widgets/models_menu.py" line="+50"/>
        <source>&amp;Models</source>
        <translation>โมเดล(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open model file…</source>
        <translation>เปิดไฟล์โมเดล(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get a model…</source>
        <translation>รับโมเดล(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage &amp;models and downloads…</source>
        <translation>จัดการโมเดลและการดาวน์โหลด(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look again for installed models</source>
        <translation>ค้นหาโมเดลที่ติดตั้งอีกครั้ง(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า(&amp;S)…</translation>
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
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>about %1 tokens/s</source>
        <translation>ประมาณ %1 โทเค็น/วินาที</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 tokens/s</source>
        <translation>%1 โทเค็น/วินาที</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about %1 s</source>
        <translation>ประมาณ %1 วินาที</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 min</source>
        <translation>ประมาณ %1 นาที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 h</source>
        <translation>ประมาณ %1 ชั่วโมง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on GPU</source>
        <translation>บน GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly on GPU</source>
        <translation>บางส่วนบน GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in RAM</source>
        <translation>ใน RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not fit</source>
        <translation>ใส่ไม่ได้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fits: every layer runs on %1.</source>
        <translation>ใส่ได้: ทุกเลเยอร์รันบน %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits: %1 of %2 layers run on %3, the rest in RAM.</source>
        <translation>ใส่ได้: %1 จาก %2 เลเยอร์รันบน %3 ที่เหลืออยู่ใน RAM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits in RAM (runs on the CPU).</source>
        <translation>ใส่ใน RAM ได้ (รันบน CPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not fit in the memory that is free now.</source>
        <translation>ใส่ในหน่วยความจำที่ว่างอยู่ตอนนี้ไม่ได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tokens</source>
        <translation>%1 โทเค็น</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 billion parameters</source>
        <translation>%1 พันล้านพารามิเตอร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 million parameters</source>
        <translation>%1 ล้านพารามิเตอร์</translation>
    </message>
</context>
<context>
    <name>PromptPresets</name>
    <message>
        <location filename="../../ui/widgets/prompt_presets.py" line="+34"/>
        <source>Presets…</source>
        <translation>แม่แบบ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpful assistant (default)</source>
        <translation>ผู้ช่วยที่เป็นประโยชน์ (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concise</source>
        <translation>กระชับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translator</source>
        <translation>นักแปล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmer</source>
        <translation>โปรแกรมเมอร์</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are a helpful assistant. Answer briefly and to the point, in a few sentences at most, unless the user asks for more detail.</source>
        <translation>คุณเป็นผู้ช่วยที่เป็นประโยชน์ ตอบสั้น ๆ ตรงประเด็น ไม่เกินไม่กี่ประโยค เว้นแต่ผู้ใช้ขอรายละเอียดเพิ่ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are a translator. Translate what the user writes: into English if it is in another language, otherwise into the language the user names. Reply with the translation only.</source>
        <translation>คุณเป็นนักแปล แปลสิ่งที่ผู้ใช้เขียน: เป็นภาษาอังกฤษหากเป็นภาษาอื่น มิฉะนั้นแปลเป็นภาษาที่ผู้ใช้ระบุ ตอบเฉพาะคำแปลเท่านั้น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are an expert programmer. Give correct, idiomatic code in Markdown code blocks with the language named, and explain briefly what it does.</source>
        <translation>คุณเป็นโปรแกรมเมอร์ผู้เชี่ยวชาญ ให้โค้ดที่ถูกต้องและเป็นธรรมชาติในบล็อกโค้ด Markdown พร้อมระบุภาษา และอธิบายสั้น ๆ ว่าโค้ดทำอะไร</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="+38"/>
        <source>Look in:</source>
        <translation>ดูใน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;ชื่อไฟล์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>ชนิดไฟล์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;เปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์แม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-21"/>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-10"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>ไม่(&amp;N)</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกตำแหน่งลิงก์(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QuantizeDialog</name>
    <message>
        <location filename="../../ui/widgets/quantize_dialog.py" line="+100"/>
        <source>Quantize a model</source>
        <translation>ควอนไทซ์โมเดล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantization</source>
        <translation>การควอนไทซ์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected size</source>
        <translation>ขนาดที่คาดไว้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer</source>
        <translation>บนคอมพิวเตอร์นี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantize</source>
        <translation>ควอนไทซ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>โหลด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At a context of %1</source>
        <translation>ที่บริบท %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 to a smaller file in the models folder: choose a quantization.</source>
        <translation>%1 เป็นไฟล์ที่เล็กลงในโฟลเดอร์โมเดล: เลือกการควอนไทซ์</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quantizing to %1: tensor %2 of %3</source>
        <translation>กำลังควอนไทซ์เป็น %1: เทนเซอร์ %2 จาก %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking that llama.cpp loads the result…</source>
        <translation>กำลังตรวจว่า llama.cpp โหลดผลลัพธ์ได้…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting llama.cpp&apos;s quantizer…</source>
        <translation>กำลังเริ่มตัวควอนไทซ์ของ llama.cpp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>เสร็จแล้ว: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was left behind.</source>
        <translation>ยกเลิกแล้ว ไม่มีไฟล์ค้างไว้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the model&apos;s header…</source>
        <translation>กำลังอ่านส่วนหัวของโมเดล…</translation>
    </message>
</context>
<context>
    <name>RemoteEndpointsDialog</name>
    <message>
        <location filename="../../ui/widgets/remote_endpoints_dialog.py" line="+77"/>
        <source>Remote backends</source>
        <translation>แบ็กเอนด์ระยะไกล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base URL:</source>
        <translation>URL หลัก:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key:</source>
        <translation>คีย์ API:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. lab</source>
        <translation>เช่น lab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if the server asks for one</source>
        <translation>เฉพาะเมื่อเซิร์ฟเวอร์ต้องการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>เพิ่ม(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>ลบ(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any OpenAI-compatible server: llama.cpp&apos;s llama-server, vLLM, Ollama. What you send to a remote model leaves this computer.</source>
        <translation>เซิร์ฟเวอร์ใดก็ได้ที่เข้ากันได้กับ OpenAI: llama-server ของ llama.cpp, vLLM, Ollama สิ่งที่คุณส่งไปยังโมเดลระยะไกลจะออกจากคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not reachable</source>
        <translation>ติดต่อไม่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not listed yet</source>
        <translation>ยังไม่ได้แสดงรายการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>models: %1</source>
        <translation>โมเดล: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key saved</source>
        <translation>บันทึกคีย์แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a name and an address starting with http:// or https://.</source>
        <translation>ระบุชื่อและที่อยู่ที่ขึ้นต้นด้วย http:// หรือ https://</translation>
    </message>
</context>
<context>
    <name>RemoteTexts</name>
    <message>
        <location filename="../../ui/widgets/remote_texts.py" line="+11"/>
        <source>The model runs on %1: the passages found in your documents are sent there with your question and leave this computer.</source>
        <translation>โมเดลทำงานอยู่บน %1: ข้อความที่พบในเอกสารของคุณจะถูกส่งไปที่นั่นพร้อมคำถามและออกจากคอมพิวเตอร์เครื่องนี้</translation>
    </message>
</context>
<context>
    <name>ReplyLimitBox</name>
    <message>
        <location filename="../../ui/widgets/reply_limit.py" line="+51"/>
        <source>Reply limit (tokens):</source>
        <translation>ความยาวคำตอบสูงสุด (โทเค็น):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reply stops after this many tokens; a token is about three quarters of a word.</source>
        <translation>คำตอบจะหยุดเมื่อครบจำนวนโทเค็นนี้ หนึ่งโทเค็นยาวประมาณสามในสี่ของคำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply limit in tokens</source>
        <translation>ความยาวคำตอบสูงสุดเป็นโทเค็น</translation>
    </message>
</context>
<context>
    <name>SamplingDialog</name>
    <message>
        <location filename="../../ui/widgets/sampling_dialog.py" line="+95"/>
        <source>Sampling settings of this chat</source>
        <translation>การตั้งค่าการสุ่มคำของแชทนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System prompt (what the model reads before the conversation):</source>
        <translation>พรอมต์ของระบบ (สิ่งที่โมเดลอ่านก่อนบทสนทนา):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/compare_pane.py" line="-30"/>
        <location filename="../../ui/widgets/sampling_dialog.py" line="+1"/>
        <source>Temperature:</source>
        <translation>อุณหภูมิ:</translation>
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
        <translation>ค่าปรับการซ้ำ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply limit (tokens):</source>
        <translation>ความยาวคำตอบสูงสุด (โทเค็น):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed:</source>
        <translation>ค่าเริ่มสุ่ม (seed):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random</source>
        <translation>สุ่ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower temperature: steadier, more predictable replies. The same seed and settings give the same reply. Restore Defaults sets Meta&apos;s recommended values for Llama 3.1 Instruct.</source>
        <translation>อุณหภูมิต่ำลง: คำตอบนิ่งและคาดเดาได้มากขึ้น ค่าเริ่มสุ่มและการตั้งค่าเดิมจะได้คำตอบเดิม “คืนค่าเริ่มต้น” จะตั้งค่าที่ Meta แนะนำสำหรับ Llama 3.1 Instruct</translation>
    </message>
</context>
<context>
    <name>SearchFilterRow</name>
    <message>
        <location filename="../../ui/widgets/search_filters.py" line="+63"/>
        <source>Any model</source>
        <translation>ทุกโมเดล</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any time</source>
        <translation>ทุกช่วงเวลา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>7 วันที่ผ่านมา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 วันที่ผ่านมา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>ปีที่ผ่านมา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only replies of this model</source>
        <translation>เฉพาะคำตอบของโมเดลนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only messages from this time on</source>
        <translation>เฉพาะข้อความตั้งแต่ช่วงเวลานี้</translation>
    </message>
</context>
<context>
    <name>ServeGroup</name>
    <message>
        <location filename="../../ui/widgets/serve_group.py" line="+49"/>
        <source>Local API</source>
        <translation>API ภายในเครื่อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve the loaded model to other programs on this computer (%1)</source>
        <translation>ให้โปรแกรมอื่นในคอมพิวเตอร์เครื่องนี้ใช้โมเดลที่โหลดไว้ (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port:</source>
        <translation>พอร์ต:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 is taken by another program (or cannot be opened): choose another port.</source>
        <translation>พอร์ต %1 ถูกโปรแกรมอื่นใช้อยู่ (หรือเปิดไม่ได้): โปรดเลือกพอร์ตอื่น</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listening at %1/v1 for OpenAI-compatible programs; only programs on this computer can connect.</source>
        <translation>รอรับการเชื่อมต่อที่ %1/v1 สำหรับโปรแกรมที่รองรับ OpenAI; เฉพาะโปรแกรมในคอมพิวเตอร์เครื่องนี้เท่านั้นที่เชื่อมต่อได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off: Paddock opens no port.</source>
        <translation>ปิดอยู่: Paddock ไม่เปิดพอร์ตใด ๆ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/widgets/settings_dialog.py" line="+113"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models folder:</source>
        <translation>โฟลเดอร์โมเดล:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hub address:</source>
        <translation>ที่อยู่ฮับ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hugging Face token:</source>
        <translation>โทเค็น Hugging Face:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads:</source>
        <translation>เธรด:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default context:</source>
        <translation>บริบทเริ่มต้น:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default KV cache:</source>
        <translation>แคช KV เริ่มต้น:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote backends…</source>
        <translation>แบ็กเอนด์ระยะไกล…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddock&apos;s own folder</source>
        <translation>โฟลเดอร์ของ Paddock เอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://huggingface.co, or a mirror</source>
        <translation>https://huggingface.co หรือเซิร์ฟเวอร์สำรอง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: %1 (type a new one to replace it)</source>
        <translation>บันทึกไว้: %1 (พิมพ์ใหม่เพื่อแทนที่)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for Meta&apos;s gated repositories</source>
        <translation>สำหรับคลังที่จำกัดการเข้าถึงของ Meta เท่านั้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the saved token</source>
        <translation>ลืมโทเค็นที่บันทึกไว้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per core</source>
        <translation>หนึ่งต่อคอร์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes apply at once; models in the previous folder stay where they are.</source>
        <translation>การเปลี่ยนแปลงมีผลทันที โมเดลในโฟลเดอร์เดิมยังอยู่ที่เดิม</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Models folder</source>
        <translation>โฟลเดอร์โมเดล</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../ui/widgets/transcript_view.py" line="+219"/>
        <source>You</source>
        <translation>คุณ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assistant</source>
        <translation>ผู้ช่วย</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(cut off: the context is full. Start a new chat, or load the model with a longer context.)</source>
        <translation>(ถูกตัด: บริบทเต็มแล้ว เริ่มแชทใหม่ หรือโหลดโมเดลด้วยบริบทที่ยาวขึ้น)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(stopped)</source>
        <translation>(หยุดแล้ว)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(failed)</source>
        <translation>(ล้มเหลว)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(cut off: Paddock closed while writing this reply)</source>
        <translation>(ถูกตัด: Paddock ปิดลงระหว่างเขียนคำตอบนี้)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(still being written)</source>
        <translation>(ยังเขียนอยู่)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regenerate</source>
        <translation>สร้างใหม่</translation>
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
        <translation>คัดลอกโค้ด</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>(outside the context: the model did not see this message)</source>
        <translation>(อยู่นอกบริบท: โมเดลไม่เห็นข้อความนี้)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show %1 earlier messages</source>
        <translation>แสดงข้อความก่อนหน้า %1 ข้อความ</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Sources:</source>
        <translation>แหล่งที่มา:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, page %2</source>
        <translation>%1 หน้า %2</translation>
    </message>
</context>
<context>
    <name>WindowShortcuts</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="+61"/>
        <source>Send the message</source>
        <translation>ส่งข้อความ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new line in the message</source>
        <translation>ขึ้นบรรทัดใหม่ในข้อความ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an empty message box: edit your last message (both versions are kept)</source>
        <translation>ในช่องข้อความที่ว่าง: แก้ไขข้อความล่าสุดของคุณ (เก็บไว้ทั้งสองฉบับ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply</source>
        <translation>หยุดคำตอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new chat</source>
        <translation>เริ่มแชทใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the conversations</source>
        <translation>ค้นหาในบทสนทนา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the last reply again</source>
        <translation>เขียนคำตอบล่าสุดใหม่</translation>
    </message>
</context>
</TS>
