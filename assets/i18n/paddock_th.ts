<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
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
    <name>ErrorTexts</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+19"/>
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
        <location line="-40"/>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาดบางอย่าง</translation>
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
        <location filename="../../ui/widgets/history_panel.py" line="+99"/>
        <source>Search all conversations</source>
        <translation>ค้นหาในการสนทนาทั้งหมด</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled conversation</source>
        <translation>การสนทนาที่ไม่มีชื่อ</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="+175"/>
        <source>Copied</source>
        <translation>คัดลอกแล้ว</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+171"/>
        <location line="+15"/>
        <source>Paddock</source>
        <translation>Paddock</translation>
    </message>
    <message>
        <location line="-185"/>
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
        <source>Context:</source>
        <translation>บริบท:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 tokens</source>
        <translation>%1 โทเค็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the conversation the model can see at once</source>
        <translation>ปริมาณบทสนทนาที่โมเดลมองเห็นได้ในคราวเดียว</translation>
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
        <location line="+22"/>
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
        <location line="+34"/>
        <source>Editing your last message: Enter sends the new version; the first one is kept.</source>
        <translation>กำลังแก้ไขข้อความล่าสุด: กด Enter เพื่อส่งฉบับใหม่ ฉบับแรกยังเก็บไว้</translation>
    </message>
    <message>
        <location line="+26"/>
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
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="+26"/>
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
        <location filename="../../ui/widgets/sampling_dialog.py" line="+88"/>
        <source>Sampling settings of this chat</source>
        <translation>การตั้งค่าการสุ่มคำของแชทนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System prompt (what the model reads before the conversation):</source>
        <translation>พรอมต์ของระบบ (สิ่งที่โมเดลอ่านก่อนบทสนทนา):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature:</source>
        <translation>อุณหภูมิ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <location line="+0"/>
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
    <name>TranscriptView</name>
    <message>
        <location filename="../../ui/widgets/transcript_view.py" line="+176"/>
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
        <location line="+29"/>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>Copy code</source>
        <translation>คัดลอกโค้ด</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show %1 earlier messages</source>
        <translation>แสดงข้อความก่อนหน้า %1 ข้อความ</translation>
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
