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
        <location filename="../../ui/error_texts.py" line="+13"/>
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
        <location line="+2"/>
        <source>Something went wrong</source>
        <translation>कुछ गड़बड़ हो गई</translation>
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
        <location filename="../../ui/widgets/main_window.py" line="+139"/>
        <location line="+118"/>
        <source>Paddock</source>
        <translation>Paddock</translation>
    </message>
    <message>
        <location line="-117"/>
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
        <location line="+8"/>
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
        <location line="+11"/>
        <source>Open a GGUF model</source>
        <translation>GGUF मॉडल खोलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF मॉडल (*.gguf);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assistant</source>
        <translation>सहायक</translation>
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
</TS>
