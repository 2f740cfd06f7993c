<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
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
    <name>ErrorTexts</name>
    <message>
        <location filename="../../ui/error_texts.py" line="+19"/>
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
        <location line="-40"/>
        <source>Something went wrong</source>
        <translation>कुछ गड़बड़ हो गई</translation>
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
        <location filename="../../ui/widgets/history_panel.py" line="+99"/>
        <source>Search all conversations</source>
        <translation>सभी बातचीत में खोजें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled conversation</source>
        <translation>बिना शीर्षक की बातचीत</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/widgets/main_window.py" line="+175"/>
        <source>Copied</source>
        <translation>कॉपी हो गया</translation>
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
        <translation>मॉडल खोलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a GGUF model file on this computer</source>
        <translation>इस कंप्यूटर पर कोई GGUF मॉडल फ़ाइल चुनें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context:</source>
        <translation>कॉन्टेक्स्ट:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 tokens</source>
        <translation>%1 टोकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the conversation the model can see at once</source>
        <translation>मॉडल एक बार में बातचीत का कितना हिस्सा देख सकता है</translation>
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
        <location line="+22"/>
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
        <location line="+34"/>
        <source>Editing your last message: Enter sends the new version; the first one is kept.</source>
        <translation>आप अपना पिछला संदेश बदल रहे हैं: Enter नया संस्करण भेजता है; पहला संस्करण रखा रहता है।</translation>
    </message>
    <message>
        <location line="+26"/>
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
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="+26"/>
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
        <location filename="../../ui/widgets/sampling_dialog.py" line="+88"/>
        <source>Sampling settings of this chat</source>
        <translation>इस बातचीत की सैंपलिंग सेटिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System prompt (what the model reads before the conversation):</source>
        <translation>सिस्टम प्रॉम्प्ट (बातचीत से पहले मॉडल जो पढ़ता है):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature:</source>
        <translation>तापमान:</translation>
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
    <name>TranscriptView</name>
    <message>
        <location filename="../../ui/widgets/transcript_view.py" line="+176"/>
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
        <location line="+29"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
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
        <translation>कोड कॉपी करें</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show %1 earlier messages</source>
        <translation>पिछले %1 संदेश दिखाएँ</translation>
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
