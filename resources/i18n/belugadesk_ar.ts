<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app_name}</source>
        <translation>حول {app_name}</translation>
    </message>
    <message>
        <source>{app_name} icon</source>
        <translation>أيقونة {app_name}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{app_name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{app_name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>اسم التطبيق</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>إصدار التطبيق</translation>
    </message>
    <message>
        <source>Conversations with AI assistants, on your desktop.</source>
        <translation>محادثات مع مساعدي الذكاء الاصطناعي، على سطح مكتبك.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{homepage}&quot;&gt;{homepage}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{homepage}&quot;&gt;{homepage}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>الصفحة الرئيسية</translation>
    </message>
    <message>
        <source>Open the project&apos;s homepage in your web browser</source>
        <translation>فتح الصفحة الرئيسية للمشروع في متصفح الويب</translation>
    </message>
    <message>
        <source>Released under the {license_name} licence.</source>
        <translation>صادر بموجب ترخيص {license_name}.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation>إصدارات المكوّنات</translation>
    </message>
    <message>
        <source>The versions of BelugaDesk and the software it uses</source>
        <translation>إصدارات BelugaDesk والبرمجيات التي يستخدمها</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;نسخ الإصدارات</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>نسخ الإصدارات</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, to paste into a bug report</source>
        <translation>نسخ الإصدارات إلى الحافظة للصقها في تقرير خطأ</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>نسخ الحالة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>نُسخ إلى الحافظة.</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>اتباع ال&amp;نظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>أزرق مخضر</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>بنفسجي</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>Graphite</source>
        <translation>غرافيت</translation>
    </message>
    <message>
        <source>Colour scheme: {scheme}</source>
        <translation>نظام الألوان: {scheme}</translation>
    </message>
    <message>
        <source>Accent colour: {colour}</source>
        <translation>لون التمييز: {colour}</translation>
    </message>
    <message>
        <source>{colour} accent</source>
        <translation>تمييز {colour}</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <source>The size of text in the whole window, in points</source>
        <translation>حجم النص في النافذة كلها، بالنقاط</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of the window&apos;s text; it changes when BelugaDesk starts again</source>
        <translation>لغة نصوص النافذة؛ تتغير عند تشغيل BelugaDesk مرة أخرى</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>يسري بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>نظام الألوان</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>لون التمييز</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>حجم ال&amp;خط</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The network client could not be loaded.</source>
        <extracomment>asks what to do with a database that cannot be used (tests may replace it)</extracomment>
        <translation>تعذّر تحميل عميل الشبكة.</translation>
    </message>
    <message>
        <source>The keyring could not be opened.</source>
        <translation>تعذّر فتح سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>The message renderer could not be loaded.</source>
        <translation>تعذّر تحميل عارض الرسائل.</translation>
    </message>
    <message>
        <source>The backup chosen in Settings → Data was not restored. {reason}</source>
        <translation>لم تُستعد النسخة الاحتياطية المختارة في الإعدادات ← البيانات. {reason}</translation>
    </message>
    <message>
        <source>The daily backup was not made.</source>
        <translation>لم تُنشأ النسخة الاحتياطية اليومية.</translation>
    </message>
</context>
<context>
    <name>AssistantDelegate</name>
    <message>
        <source>Code interpreter</source>
        <translation>مفسّر الشيفرة</translation>
    </message>
    <message>
        <source>File search</source>
        <translation>البحث في الملفات</translation>
    </message>
</context>
<context>
    <name>AssistantDialogs</name>
    <message>
        <source>BelugaDesk assistant (*.json);;All files (*)</source>
        <translation>مساعد BelugaDesk (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Delete assistant?</source>
        <translation>حذف المساعد؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete assistant</source>
        <translation>حذف المساعد</translation>
    </message>
    <message>
        <source>Export assistant</source>
        <translation>تصدير المساعد</translation>
    </message>
    <message>
        <source>Import assistant</source>
        <translation>استيراد مساعد</translation>
    </message>
</context>
<context>
    <name>AssistantFormDialog</name>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>كائن JSON</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>مخطط JSON</translation>
    </message>
    <message>
        <source>&amp;Advanced: sampling, reasoning, response format, metadata</source>
        <translation>&amp;متقدم: أخذ العينات، الاستدلال، تنسيق الرد، البيانات الوصفية</translation>
    </message>
    <message>
        <source>Temperature, Top P, stop sequences, seed and reasoning effort, a JSON response format, and metadata key–value pairs</source>
        <translation>درجة الحرارة وTop P وتسلسلات الإيقاف والبذرة وجهد الاستدلال، وتنسيق ردّ JSON، وأزواج مفتاح–قيمة للبيانات الوصفية</translation>
    </message>
    <message>
        <source>Save assistant</source>
        <translation>حفظ المساعد</translation>
    </message>
    <message>
        <source>Save the assistant (Ctrl+S)</source>
        <translation>حفظ المساعد (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>حالة النموذج</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Required, up to {name_max} characters</source>
        <translation>مطلوب، حتى {name_max} حرفًا</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Optional, up to {description_max} characters</source>
        <translation>اختياري، حتى {description_max} حرفًا</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>بدايات المحادثة</translation>
    </message>
    <message>
        <source>Optional: up to {starters_max} suggested first messages, one per line, shown in an empty chat</source>
        <translation>اختياري: حتى {starters_max} رسائل أولى مقترحة، واحدة في كل سطر، تُعرض في دردشة فارغة</translation>
    </message>
    <message>
        <source>One suggested first message per line</source>
        <translation>رسالة أولى مقترحة في كل سطر</translation>
    </message>
    <message>
        <source>Con&amp;versation starters</source>
        <translation>بدايات ال&amp;محادثة</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Choose a model from the server&apos;s list, or type any model name</source>
        <translation>اختر نموذجًا من قائمة الخادم، أو اكتب أي اسم نموذج</translation>
    </message>
    <message>
        <source>Model list status</source>
        <translation>حالة قائمة النماذج</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>ال&amp;نموذج</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>The system instructions the assistant follows (up to 256,000 characters)</source>
        <translation>تعليمات النظام التي يتبعها المساعد (حتى 256,000 حرف)</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>ال&amp;تعليمات</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>عرض ثابت</translation>
    </message>
    <message>
        <source>Show instructions in a monospace font</source>
        <translation>إظهار التعليمات بخط أحادي المسافة</translation>
    </message>
    <message>
        <source>Show the instructions in a fixed-width font</source>
        <translation>إظهار التعليمات بخط ثابت العرض</translation>
    </message>
    <message>
        <source>Instructions character count</source>
        <translation>عدد أحرف التعليمات</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>أخذ العينات</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>0–2: higher is more varied, lower more focused</source>
        <translation>0–2: القيمة الأعلى أكثر تنوعًا، والأدنى أكثر تركيزًا</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>درجة ال&amp;حرارة</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>0–1: sample only from the most likely tokens</source>
        <translation>0–1: أخذ العينات من الرموز الأكثر احتمالًا فقط</translation>
    </message>
    <message>
        <source>Top &amp;P</source>
        <translation>Top &amp;P</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>تسلسلات الإيقاف</translation>
    </message>
    <message>
        <source>Up to 4 texts that end the reply, one a line (write \n for a new line, \t for a tab)</source>
        <translation>حتى 4 نصوص تُنهي الردّ، واحد في كل سطر (اكتب \n لسطر جديد، و\t لمسافة جدولة)</translation>
    </message>
    <message>
        <source>One a line, e.g. \n\nUser:</source>
        <translation>واحد في كل سطر، مثل \n\nUser:</translation>
    </message>
    <message>
        <source>Stop se&amp;quences</source>
        <translation>تسلسلات الإي&amp;قاف</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>A whole number: the same seed and request give the same reply where it can</source>
        <translation>عدد صحيح: البذرة نفسها والطلب نفسه يعطيان الردّ نفسه حيثما أمكن</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>ال&amp;بذرة</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>افتراضي النموذج</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>جهد الاستدلال</translation>
    </message>
    <message>
        <source>How much a reasoning model (o-series, gpt-5) thinks before it answers; other models refuse it</source>
        <translation>مقدار تفكير نموذج الاستدلال (سلسلة o، وgpt-5) قبل الإجابة؛ النماذج الأخرى ترفضه</translation>
    </message>
    <message>
        <source>&amp;Reasoning effort</source>
        <translation>جهد ال&amp;استدلال</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>تنسيق الردّ</translation>
    </message>
    <message>
        <source>Plain text, any JSON object, or JSON that matches a schema</source>
        <translation>نص عادي، أو أي كائن JSON، أو JSON يطابق مخططًا</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>ال&amp;تنسيق</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>اسم المخطط</translation>
    </message>
    <message>
        <source>1–64 letters, digits, underscores or hyphens</source>
        <translation>من 1 إلى 64 حرفًا أو رقمًا أو شرطة سفلية أو واصلة</translation>
    </message>
    <message>
        <source>Strict (the reply always matches the schema)</source>
        <translation>صارم (يطابق الردّ المخطط دائمًا)</translation>
    </message>
    <message>
        <source>Schema strict mode</source>
        <translation>الوضع الصارم للمخطط</translation>
    </message>
    <message>
        <source>Strict mode needs every property required and additionalProperties false</source>
        <translation>يتطلب الوضع الصارم أن تكون كل خاصية مطلوبة وأن تكون additionalProperties بقيمة false</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>مخطط الردّ</translation>
    </message>
    <message>
        <source>Sc&amp;hema</source>
        <translation>ال&amp;مخطط</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>مفسّر الشيفرة</translation>
    </message>
    <message>
        <source>Let the assistant write and run Python code</source>
        <translation>السماح للمساعد بكتابة شيفرة Python وتشغيلها</translation>
    </message>
    <message>
        <source>F&amp;unctions the assistant may call</source>
        <translation>ال&amp;دوال التي يمكن للمساعد استدعاؤها</translation>
    </message>
    <message>
        <source>Why {key} is unavailable</source>
        <translation>سبب عدم توفر {key}</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>جارٍ تحميل النماذج…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) available; any other name can be typed.</source>
        <translation>
            <numerusform>لا نماذج متاحة؛ يمكن كتابة أي اسم آخر.</numerusform>
            <numerusform>نموذج واحد متاح؛ يمكن كتابة أي اسم آخر.</numerusform>
            <numerusform>نموذجان متاحان؛ يمكن كتابة أي اسم آخر.</numerusform>
            <numerusform>%n نماذج متاحة؛ يمكن كتابة أي اسم آخر.</numerusform>
            <numerusform>%n نموذجًا متاحًا؛ يمكن كتابة أي اسم آخر.</numerusform>
            <numerusform>%n نموذج متاح؛ يمكن كتابة أي اسم آخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>To save: {first_error}</source>
        <translation>للحفظ: {first_error}</translation>
    </message>
</context>
<context>
    <name>AssistantFormViewModel</name>
    <message>
        <source>New assistant</source>
        <translation>مساعد جديد</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>تعديل «{name}»</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} حرف</translation>
    </message>
    <message>
        <source>The schema is valid.</source>
        <translation>المخطط صالح.</translation>
    </message>
    <message>
        <source>Could not load the model list: {error} You can still type a model name.</source>
        <translation>تعذّر تحميل قائمة النماذج: {error} لا يزال بإمكانك كتابة اسم نموذج.</translation>
    </message>
    <message>
        <source>Could not save the assistant.</source>
        <translation>تعذّر حفظ المساعد.</translation>
    </message>
    <message>
        <source>Saved on this computer, but the assistant could not be created on the server: {error}</source>
        <translation>حُفظ على هذا الحاسوب، لكن تعذّر إنشاء المساعد على الخادم: {error}</translation>
    </message>
    <message>
        <source>Saved on this computer, but the assistant could not be updated on the server: {error}</source>
        <translation>حُفظ على هذا الحاسوب، لكن تعذّر تحديث المساعد على الخادم: {error}</translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <source>code interpreter</source>
        <translation>مفسّر الشيفرة</translation>
    </message>
    <message>
        <source>file search</source>
        <translation>البحث في الملفات</translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>لا دوال</numerusform>
            <numerusform>دالة واحدة</numerusform>
            <numerusform>دالتان</numerusform>
            <numerusform>%n دوال</numerusform>
            <numerusform>%n دالة</numerusform>
            <numerusform>%n دالة</numerusform>
        </translation>
    </message>
    <message>
        <source>no tools</source>
        <translation>لا أدوات</translation>
    </message>
    <message>
        <source>Tools: {tools}</source>
        <translation>الأدوات: {tools}</translation>
    </message>
</context>
<context>
    <name>AssistantListPane</name>
    <message>
        <source>&amp;Assistants</source>
        <translation>الم&amp;ساعدون</translation>
    </message>
    <message>
        <source>Search assistants</source>
        <translation>البحث في المساعدين</translation>
    </message>
    <message>
        <source>Filter by name, description or model</source>
        <translation>التصفية حسب الاسم أو الوصف أو النموذج</translation>
    </message>
    <message>
        <source>Sort assistants by</source>
        <translation>فرز المساعدين حسب</translation>
    </message>
    <message>
        <source>Sort by name or by when the assistant was last used</source>
        <translation>الفرز حسب الاسم أو حسب آخر استخدام للمساعد</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>المساعدون</translation>
    </message>
    <message>
        <source>Assistant library status</source>
        <translation>حالة مكتبة المساعدين</translation>
    </message>
    <message>
        <source>&amp;New assistant…</source>
        <translation>مساعد &amp;جديد…</translation>
    </message>
    <message>
        <source>Create an assistant</source>
        <translation>إنشاء مساعد</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Edit the selected assistant</source>
        <translation>تعديل المساعد المحدد</translation>
    </message>
    <message>
        <source>New &amp;thread with this assistant</source>
        <translation>&amp;محادثة جديدة مع هذا المساعد</translation>
    </message>
    <message>
        <source>Start a new thread with it</source>
        <translation>بدء محادثة جديدة معه</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ت&amp;كرار</translation>
    </message>
    <message>
        <source>Copy it</source>
        <translation>إنشاء نسخة منه</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the assistant</source>
        <translation>حذف المساعد</translation>
    </message>
    <message>
        <source>E&amp;xport as JSON…</source>
        <translation>تصدير ب&amp;تنسيق JSON…</translation>
    </message>
    <message>
        <source>Save it as a JSON file</source>
        <translation>حفظه ملفًا بتنسيق JSON</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;استيراد من JSON…</translation>
    </message>
    <message>
        <source>Add one from a file</source>
        <translation>إضافة واحد من ملف</translation>
    </message>
    <message>
        <source>Import from &amp;server…</source>
        <translation>استيراد من ال&amp;خادم…</translation>
    </message>
    <message>
        <source>Import assistants defined on the server</source>
        <translation>استيراد المساعدين المعرَّفين على الخادم</translation>
    </message>
</context>
<context>
    <name>AssistantListViewModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>آخر استخدام</translation>
    </message>
    <message>
        <source>The assistant&apos;s last use could not be saved.</source>
        <translation>تعذّر حفظ آخر استخدام للمساعد.</translation>
    </message>
    <message>
        <source>Saved “{name}” (version {version}).</source>
        <translation>حُفظ «{name}» (الإصدار {version}).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n assistant(s) from the server.</source>
        <translation>
            <numerusform>لم يُستورد أي مساعد من الخادم.</numerusform>
            <numerusform>استُورد مساعد واحد من الخادم.</numerusform>
            <numerusform>استُورد مساعدان من الخادم.</numerusform>
            <numerusform>استُورد %n مساعدين من الخادم.</numerusform>
            <numerusform>استُورد %n مساعدًا من الخادم.</numerusform>
            <numerusform>استُورد %n مساعد من الخادم.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not deleted.</source>
        <translation>لم يُحذف «{name}».</translation>
    </message>
    <message>
        <source>Created “{name}”.</source>
        <translation>أُنشئ «{name}».</translation>
    </message>
    <message>
        <source>No thread uses it.</source>
        <translation>لا تستخدمه أي محادثة.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) use it; they keep their messages.</source>
        <translation>
            <numerusform>لا تستخدمه أي محادثة.</numerusform>
            <numerusform>تستخدمه محادثة واحدة؛ وتحتفظ برسائلها.</numerusform>
            <numerusform>تستخدمه محادثتان؛ وتحتفظان برسائلهما.</numerusform>
            <numerusform>تستخدمه %n محادثات؛ وتحتفظ برسائلها.</numerusform>
            <numerusform>تستخدمه %n محادثة؛ وتحتفظ برسائلها.</numerusform>
            <numerusform>تستخدمه %n محادثة؛ وتحتفظ برسائلها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the assistant “{name}”?</source>
        <translation>حذف المساعد «{name}»؟</translation>
    </message>
    <message>
        <source>the assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>حُذف «{name}».</translation>
    </message>
    <message>
        <source>Exported “{name}” to {file}.</source>
        <translation>صُدِّر «{name}» إلى {file}.</translation>
    </message>
    <message>
        <source>{name} cannot be imported: {key}: {message}</source>
        <translation>لا يمكن استيراد {name}: {key}: {message}</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>استُورد «{name}».</translation>
    </message>
</context>
<context>
    <name>AssistantPicker</name>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>The assistant of new chats</source>
        <translation>مساعد الدردشات الجديدة</translation>
    </message>
    <message>
        <source>Assistant &amp;library</source>
        <translation>م&amp;كتبة المساعدين</translation>
    </message>
    <message>
        <source>Show every assistant with search, sorting and tool badges</source>
        <translation>عرض كل المساعدين مع البحث والفرز وشارات الأدوات</translation>
    </message>
    <message>
        <source>Assistant actions</source>
        <translation>إجراءات المساعد</translation>
    </message>
    <message>
        <source>New, edit, duplicate, delete, export and import assistants</source>
        <translation>إنشاء المساعدين وتعديلهم وتكرارهم وحذفهم وتصديرهم واستيرادهم</translation>
    </message>
</context>
<context>
    <name>AssistantValidation</name>
    <message>
        <source>At most {limit} stop sequences are allowed (one a line); there are {count}.</source>
        <extracomment>turns a marked English sentence into the person&apos;s language (the view-model passes Qt&apos;s; English here)</extracomment>
        <translation>يُسمح بـ {limit} تسلسلات إيقاف على الأكثر (واحد في كل سطر)؛ يوجد {count}.</translation>
    </message>
    <message>
        <source>The seed must be a whole number (64-bit), or empty for none.</source>
        <translation>يجب أن تكون البذرة عددًا صحيحًا (64 بت)، أو فارغة لعدم استخدامها.</translation>
    </message>
    <message>
        <source>At most {limit} conversation starters are shown; there are {count}.</source>
        <translation>تُعرض {limit} بدايات محادثة على الأكثر؛ يوجد {count}.</translation>
    </message>
    <message>
        <source>Starter {number} is longer than {limit} characters; keep each to one short request.</source>
        <translation>البداية {number} أطول من {limit} حرفًا؛ اجعل كل واحدة طلبًا قصيرًا.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high} (or unset to use the model&apos;s default).</source>
        <translation>يجب أن تكون {label} بين {low} و{high} (أو دون تعيين لاستخدام القيمة الافتراضية للنموذج).</translation>
    </message>
    <message>
        <source>{label} is {length} characters long; the limit is {limit}.</source>
        <translation>طول {label} {length} حرفًا؛ والحد {limit}.</translation>
    </message>
    <message>
        <source>At most {limit} metadata pairs are allowed (BelugaDesk keeps two for itself on this profile); there are {count}.</source>
        <translation>يُسمح بـ {limit} أزواج بيانات وصفية على الأكثر (يحتفظ BelugaDesk باثنين لنفسه في ملف التعريف هذا)؛ يوجد {count}.</translation>
    </message>
    <message>
        <source>At most {limit} metadata pairs are allowed; there are {count}.</source>
        <translation>يُسمح بـ {limit} أزواج بيانات وصفية على الأكثر؛ يوجد {count}.</translation>
    </message>
    <message>
        <source>Row {row}: enter a key (or remove the row).</source>
        <translation>الصف {row}: أدخل مفتاحًا (أو أزل الصف).</translation>
    </message>
    <message>
        <source>Row {row}: the key “{key}” is reserved for BelugaDesk.</source>
        <translation>الصف {row}: المفتاح «{key}» محجوز لـ BelugaDesk.</translation>
    </message>
    <message>
        <source>Row {row}: the key is {length} characters; the limit is {limit}.</source>
        <translation>الصف {row}: طول المفتاح {length} حرفًا؛ والحد {limit}.</translation>
    </message>
    <message>
        <source>Row {row}: the value is {length} characters; the limit is {limit}.</source>
        <translation>الصف {row}: طول القيمة {length} حرفًا؛ والحد {limit}.</translation>
    </message>
    <message>
        <source>Row {row}: the key “{key}” is used twice.</source>
        <translation>الصف {row}: المفتاح «{key}» مستخدم مرتين.</translation>
    </message>
    <message>
        <source>Use 1–64 letters, digits, underscores or hyphens.</source>
        <translation>استخدم من 1 إلى 64 حرفًا أو رقمًا أو شرطة سفلية أو واصلة.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>أدخل اسمًا.</translation>
    </message>
    <message>
        <source>Another function is already called “{name}”.</source>
        <translation>توجد دالة أخرى باسم «{name}» بالفعل.</translation>
    </message>
    <message>
        <source>Fix function {which}.</source>
        <translation>أصلح الدالة {which}.</translation>
    </message>
    <message>
        <source>Fix functions {which}.</source>
        <translation>أصلح الدوال {which}.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Choose or type a model.</source>
        <translation>اختر نموذجًا أو اكتب اسمه.</translation>
    </message>
    <message>
        <source>Name the schema with 1–64 letters, digits, underscores or hyphens.</source>
        <translation>سمِّ المخطط بـ 1 إلى 64 حرفًا أو رقمًا أو شرطة سفلية أو واصلة.</translation>
    </message>
</context>
<context>
    <name>AsyncKeys</name>
    <message>
        <source>From the OPENAI_API_KEY environment variable</source>
        <translation>من متغير البيئة OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Kept for this session only (not saved)</source>
        <translation>محفوظ لهذه الجلسة فقط (غير محفوظ)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير معيَّن</translation>
    </message>
    <message>
        <source>Stored in {keyring}</source>
        <translation>مخزَّن في {keyring}</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>image</source>
        <translation>صورة</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Upload state of {name}</source>
        <translation>حالة رفع {name}</translation>
    </message>
    <message>
        <source>Uploading {name}</source>
        <translation>جارٍ رفع {name}</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>جارٍ الرفع…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>فشل: {error}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Retry uploading {name}</source>
        <translation>إعادة رفع {name}</translation>
    </message>
    <message>
        <source>Upload this file again</source>
        <translation>رفع هذا الملف مرة أخرى</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>إزالة {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the message</source>
        <translation>إزالة {name} من الرسالة</translation>
    </message>
    <message>
        <source>Use {name} with</source>
        <translation>استخدام {name} مع</translation>
    </message>
    <message>
        <source>An image in the message is seen by the model; file search reads the file to answer; the code interpreter can run code on it</source>
        <translation>يرى النموذج الصورة المرفقة في الرسالة؛ ويقرأ البحث في الملفات الملف للإجابة؛ ويمكن لمفسّر الشيفرة تشغيل شيفرة عليه</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
</context>
<context>
    <name>BehaviourPage</name>
    <message>
        <source>Sending messages</source>
        <translation>إرسال الرسائل</translation>
    </message>
    <message>
        <source>&amp;Enter sends, Shift+Enter starts a new line</source>
        <translation>&amp;Enter يرسل، وShift+Enter يبدأ سطرًا جديدًا</translation>
    </message>
    <message>
        <source>Enter sends</source>
        <translation>Enter يرسل</translation>
    </message>
    <message>
        <source>&amp;Ctrl+Enter sends, Enter starts a new line</source>
        <translation>&amp;Ctrl+Enter يرسل، وEnter يبدأ سطرًا جديدًا</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter يرسل</translation>
    </message>
</context>
<context>
    <name>BranchBar</name>
    <message>
        <source>Branched from</source>
        <translation>متفرّع من</translation>
    </message>
    <message>
        <source>Branches of this thread</source>
        <translation>فروع هذه المحادثة</translation>
    </message>
</context>
<context>
    <name>BranchLinksViewModel</name>
    <message>
        <source>Branched from a thread that has been deleted</source>
        <translation>متفرّع من محادثة حُذفت</translation>
    </message>
    <message>
        <source>Branched from “{title}”</source>
        <translation>متفرّع من «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>Branches (%n):</source>
        <translation>
            <numerusform>الفروع (%n):</numerusform>
            <numerusform>الفروع (%n):</numerusform>
            <numerusform>الفروع (%n):</numerusform>
            <numerusform>الفروع (%n):</numerusform>
            <numerusform>الفروع (%n):</numerusform>
            <numerusform>الفروع (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The branches of this thread could not be read.</source>
        <translation>تعذّرت قراءة فروع هذه المحادثة.</translation>
    </message>
</context>
<context>
    <name>Branching</name>
    <message>
        <source>{title} (branch)</source>
        <translation>{title} (فرع)</translation>
    </message>
    <message>
        <source>The branch shows the whole history, but this API could not copy {items} into the new thread, so the assistant will not see them there.</source>
        <translation>يعرض الفرع السجل كاملًا، لكن واجهة API هذه لم تتمكن من نسخ {items} إلى المحادثة الجديدة، لذا لن يراها المساعد هناك.</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Add model</source>
        <translation>إضافة نموذج</translation>
    </message>
    <message>
        <source>Add a context budget</source>
        <translation>إضافة ميزانية سياق</translation>
    </message>
    <message>
        <source>Add a row and start typing the model&apos;s name</source>
        <translation>إضافة صف والبدء بكتابة اسم النموذج</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the context budget</source>
        <translation>إزالة ميزانية السياق</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>إزالة الصف المحدد</translation>
    </message>
</context>
<context>
    <name>ChatActions</name>
    <message>
        <source>That file lives in the code interpreter&apos;s sandbox; right-click the image to save it.</source>
        <translation>هذا الملف موجود في بيئة مفسّر الشيفرة المعزولة؛ انقر بزر الفأرة الأيمن على الصورة لحفظها.</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>إيقاف الردّ</translation>
    </message>
    <message>
        <source>Regenerate the last reply</source>
        <translation>إعادة توليد الردّ الأخير</translation>
    </message>
    <message>
        <source>Ask again for the last reply. On the Responses API the server&apos;s conversation keeps the earlier reply, so the model sees it as context.</source>
        <translation>اطلب الردّ الأخير مرة أخرى. في واجهة Responses تحتفظ المحادثة على الخادم بالردّ السابق، فيراه النموذج سياقًا.</translation>
    </message>
    <message>
        <source>Edit the last message</source>
        <translation>تعديل الرسالة الأخيرة</translation>
    </message>
    <message>
        <source>Copy the last reply</source>
        <translation>نسخ الردّ الأخير</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>إرفاق ملفات…</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>الانتقال إلى أحدث رسالة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>التفرّع من هنا</translation>
    </message>
    <message>
        <source>A new thread with the history up to the selected message (the last one if none is selected)</source>
        <translation>محادثة جديدة بالسجل حتى الرسالة المحدَّدة (أو الأخيرة إن لم تُحدَّد رسالة)</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>إلغاء التعديل</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>نسخ الرسالة</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>نسخ الرسالة بتنسيق Markdown</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>تفرّع</translation>
    </message>
    <message>
        <source>Branch from here: a new thread with the history up to this message</source>
        <translation>التفرّع من هنا: محادثة جديدة بالسجل حتى هذه الرسالة</translation>
    </message>
    <message>
        <source>Empty the message box first: editing puts your last message there.</source>
        <translation>أفرغ مربع الرسالة أولًا: التعديل يضع رسالتك الأخيرة فيه.</translation>
    </message>
    <message>
        <source>Empty the message box first: editing puts the message there.</source>
        <translation>أفرغ مربع الرسالة أولًا: التعديل يضع الرسالة فيه.</translation>
    </message>
    <message>
        <source>Copied the last reply.</source>
        <translation>نُسخ الردّ الأخير.</translation>
    </message>
    <message>
        <source>Message menu</source>
        <translation>قائمة الرسالة</translation>
    </message>
    <message>
        <source>Copy selection</source>
        <translation>نسخ المحدد</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>the buttons of a message&apos;s hover bar: each runs what a menu entry or shortcut already does</extracomment>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Put your last message back in the box to change it; sending it makes a branch</source>
        <translation>إعادة رسالتك الأخيرة إلى المربع لتغييرها؛ وإرسالها يُنشئ فرعًا</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>نسخ بتنسيق Markdown</translation>
    </message>
    <message>
        <source>Copy raw text</source>
        <translation>نسخ النص الخام</translation>
    </message>
    <message>
        <source>Select text</source>
        <translation>تحديد النص</translation>
    </message>
    <message>
        <source>Save image as…</source>
        <translation>حفظ الصورة باسم…</translation>
    </message>
    <message>
        <source>Edit in a branch…</source>
        <translation>التعديل في فرع…</translation>
    </message>
    <message>
        <source>Change this message and send it in a new branch; this thread stays</source>
        <translation>تغيير هذه الرسالة وإرسالها في فرع جديد؛ تبقى هذه المحادثة كما هي</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
</context>
<context>
    <name>ChatAttachments</name>
    <message>
        <source>File search</source>
        <translation>البحث في الملفات</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>مفسّر الشيفرة</translation>
    </message>
    <message>
        <source>Image in the message</source>
        <translation>صورة في الرسالة</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>بايت</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>تتعذّر قراءة {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} ليس ملفًا.</translation>
    </message>
    <message>
        <source>{name} is empty; there is nothing to upload.</source>
        <translation>{name} فارغ؛ لا يوجد ما يُرفع.</translation>
    </message>
    <message>
        <source>{name} is {size}; files can be at most 512 MB.</source>
        <translation>حجم {name} هو {size}؛ الحد الأقصى للملفات 512 ميغابايت.</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>إرفاق صور</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>صور ({patterns})</translation>
    </message>
    <message>
        <source>Attach pictures (PNG, JPEG, GIF or WebP) to send with the message (Ctrl+Shift+A)</source>
        <translation>إرفاق صور (PNG أو JPEG أو GIF أو WebP) لإرسالها مع الرسالة (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Attach images for the model to see, or files for file search or code (Ctrl+Shift+A)</source>
        <translation>إرفاق صور ليراها النموذج، أو ملفات للبحث في الملفات أو للشيفرة (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>خطأ غير متوقع: {error}</translation>
    </message>
</context>
<context>
    <name>ChatDrafts</name>
    <message>
        <source>The draft could not be saved; its text is still in the box.</source>
        <translation>تعذّر حفظ المسودة؛ ولا يزال نصها في المربع.</translation>
    </message>
</context>
<context>
    <name>ChatImages</name>
    <message>
        <source>The image could not be downloaded: {error}</source>
        <translation>تعذّر تنزيل الصورة: {error}</translation>
    </message>
    <message>
        <source>The image has not been downloaded yet.</source>
        <translation>لم تُنزَّل الصورة بعد.</translation>
    </message>
    <message>
        <source>Could not save the image to {path}: {error}.</source>
        <translation>تعذّر حفظ الصورة في {path}: {error}.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>↓ Jump to latest</source>
        <translation>↓ الانتقال إلى الأحدث</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>الانتقال إلى الأحدث</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow the reply (Ctrl+End)</source>
        <translation>التمرير إلى أحدث رسالة ومتابعة الردّ (Ctrl+End)</translation>
    </message>
    <message>
        <source>Provide tool output…</source>
        <translation>تقديم مخرجات الأداة…</translation>
    </message>
    <message>
        <source>Provide tool output</source>
        <translation>تقديم مخرجات الأداة</translation>
    </message>
    <message>
        <source>The assistant is waiting for the output of a function call</source>
        <translation>ينتظر المساعد مخرجات استدعاء دالة</translation>
    </message>
    <message>
        <source>Context notice</source>
        <translation>تنبيه السياق</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <source>Send the message in the box again</source>
        <translation>إرسال الرسالة الموجودة في المربع مرة أخرى</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>رسالة الخطأ</translation>
    </message>
    <message>
        <source>Why sending is not possible</source>
        <translation>سبب تعذّر الإرسال</translation>
    </message>
    <message>
        <source>Drop files or images to attach them to the message</source>
        <translation>أفلت ملفات أو صورًا لإرفاقها بالرسالة</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>أفلت الملفات هنا</translation>
    </message>
    <message>
        <source>Select the text of a message, then copy it</source>
        <translation>حدِّد نص رسالة ثم انسخه</translation>
    </message>
    <message>
        <source>Enter, then Ctrl+C</source>
        <translation>Enter ثم Ctrl+C</translation>
    </message>
    <message>
        <source>Message menu (copy, copy as Markdown, save image…)</source>
        <translation>قائمة الرسالة (نسخ، نسخ بتنسيق Markdown، حفظ الصورة…)</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>مفتاح القائمة أو Shift+F10</translation>
    </message>
</context>
<context>
    <name>ChatViewModel</name>
    <message>
        <source>The conversation could not be saved.</source>
        <extracomment>what a store write that failed during a send, retry, regenerate or edit says before the store&apos;s sentence</extracomment>
        <translation>تعذّر حفظ المحادثة.</translation>
    </message>
    <message>
        <source>Choose an assistant to start a conversation.</source>
        <extracomment>where the text typed for a new thread is kept (None: the main composer&apos;s; the quick-ask window keeps its own, so neither overwrites the other) the function tools this chat answers itself (the built-in ones unless given) why the open thread cannot be continued with this profile (&quot;&quot; when it can); set by the resumer the folder a new thread is filed in (the one selected in the sidebar; None: no folder) who approves MCP tool calls (the chat view&apos;s questions); None: calls that need approval are denied per thread id: the (server id, tool name) the person allowed &quot;for this thread&quot; the comparison the threads this chat creates belong to (None: ordinary, listed threads)</extracomment>
        <translation>اختر مساعدًا لبدء محادثة.</translation>
    </message>
    <message>
        <source>A reply is being written. Press Esc to stop it.</source>
        <translation>يُكتب ردّ الآن. اضغط Esc لإيقافه.</translation>
    </message>
    <message>
        <source>The draft could not be loaded.</source>
        <translation>تعذّر تحميل المسودة.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Choose an assistant first.</source>
        <translation>اختر مساعدًا أولًا.</translation>
    </message>
    <message>
        <source>Wait until the files have finished uploading.</source>
        <translation>انتظر حتى يكتمل رفع الملفات.</translation>
    </message>
    <message>
        <source>Some files could not be uploaded: remove them or try again.</source>
        <translation>تعذّر رفع بعض الملفات: أزلها أو أعد المحاولة.</translation>
    </message>
    <message>
        <source>Nobody could be asked to approve it.</source>
        <translation>لم يمكن طلب الموافقة من أحد.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>Editing an earlier message: sending it makes a branch with the new text, and this thread stays as it is.</source>
        <translation>تعدّل رسالة سابقة: إرسالها يُنشئ فرعًا بالنص الجديد، وتبقى هذه المحادثة كما هي.</translation>
    </message>
    <message>
        <source>Making a branch…</source>
        <translation>جارٍ إنشاء الفرع…</translation>
    </message>
    <message>
        <source>The branch could not be made.</source>
        <translation>تعذّر إنشاء الفرع.</translation>
    </message>
    <message>
        <source>The image could not be attached.</source>
        <translation>تعذّر إرفاق الصورة.</translation>
    </message>
    <message>
        <source>Save image as</source>
        <translation>حفظ الصورة باسم</translation>
    </message>
    <message>
        <source>Images (*.png)</source>
        <translation>صور (*.png)</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>{name}&apos;s reply</source>
        <translation>ردّ {name}</translation>
    </message>
    <message>
        <source>Assistant and model</source>
        <translation>المساعد والنموذج</translation>
    </message>
    <message>
        <source>{name}&apos;s messages</source>
        <translation>رسائل {name}</translation>
    </message>
    <message>
        <source>Reply status</source>
        <translation>حالة الردّ</translation>
    </message>
    <message>
        <source>Usage and cost</source>
        <translation>الاستهلاك والتكلفة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop {name}&apos;s reply</source>
        <translation>إيقاف ردّ {name}</translation>
    </message>
    <message>
        <source>Stop this reply only; the others go on (Esc)</source>
        <translation>إيقاف هذا الردّ فقط؛ وتستمر الردود الأخرى (Esc)</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>السؤال مجددًا</translation>
    </message>
    <message>
        <source>Ask {name} again</source>
        <translation>سؤال {name} مجددًا</translation>
    </message>
    <message>
        <source>Retry a reply that did not complete, or regenerate this one</source>
        <translation>إعادة محاولة ردّ لم يكتمل، أو إعادة توليد هذا الردّ</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>المتابعة بهذا الردّ</translation>
    </message>
    <message>
        <source>Continue with {name}</source>
        <translation>المتابعة مع {name}</translation>
    </message>
    <message>
        <source>Keep this thread and open it in the main window; the other replies are deleted</source>
        <translation>الاحتفاظ بهذه المحادثة وفتحها في النافذة الرئيسية؛ وتُحذف الردود الأخرى</translation>
    </message>
    <message>
        <source>Stop this reply</source>
        <translation>إيقاف هذا الردّ</translation>
    </message>
</context>
<context>
    <name>CompareDialogs</name>
    <message>
        <source>Close the comparison?</source>
        <translation>إغلاق المقارنة؟</translation>
    </message>
    <message>
        <source>You have not chosen which reply to continue with.</source>
        <translation>لم تختر الردّ الذي تريد المتابعة به.</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>الاحتفاظ بالكل</translation>
    </message>
    <message>
        <source>Keep all threads</source>
        <translation>الاحتفاظ بكل المحادثات</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Discard all threads</source>
        <translation>تجاهل كل المحادثات</translation>
    </message>
</context>
<context>
    <name>CompareViewModel</name>
    <message>
        <source>This comparison has been sent; start a new one to compare other assistants.</source>
        <translation>أُرسلت هذه المقارنة؛ ابدأ مقارنة جديدة لمقارنة مساعدين آخرين.</translation>
    </message>
    <message>
        <source>Choose two to four different assistants.</source>
        <translation>اختر من اثنين إلى أربعة مساعدين مختلفين.</translation>
    </message>
    <message>
        <source>Choose two to four assistants to compare.</source>
        <translation>اختر من اثنين إلى أربعة مساعدين للمقارنة.</translation>
    </message>
    <message>
        <source>Each column continues on its own; keep one to go on with it.</source>
        <translation>يستمر كل عمود بمفرده؛ احتفظ بواحد لتتابع به.</translation>
    </message>
    <message>
        <source>The comparison could not be settled.</source>
        <translation>تعذّر حسم المقارنة.</translation>
    </message>
    <message>
        <source>Wait for this reply to finish, or stop it, before continuing with it.</source>
        <translation>انتظر حتى يكتمل هذا الردّ أو أوقفه قبل المتابعة به.</translation>
    </message>
    <message>
        <source>This assistant has no reply to continue with; ask it again first.</source>
        <translation>ليس لدى هذا المساعد ردّ للمتابعة به؛ اسأله مجددًا أولًا.</translation>
    </message>
    <message>
        <source>{name}&apos;s thread was kept: the server could not delete it ({problem}).</source>
        <translation>بقيت محادثة {name}: تعذّر على الخادم حذفها ({problem}).</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare assistants</source>
        <translation>مقارنة المساعدين</translation>
    </message>
    <message>
        <source>Assistants to compare (two to four):</source>
        <translation>المساعدون المراد مقارنتهم (من اثنين إلى أربعة):</translation>
    </message>
    <message>
        <source>Assistants to compare</source>
        <translation>المساعدون المراد مقارنتهم</translation>
    </message>
    <message>
        <source>Check two to four assistants (Space checks the one in focus)</source>
        <translation>حدِّد من اثنين إلى أربعة مساعدين (مفتاح المسافة يحدِّد المساعد المُركَّز عليه)</translation>
    </message>
    <message>
        <source>Prompt for every assistant</source>
        <translation>الموجّه لكل مساعد</translation>
    </message>
    <message>
        <source>One prompt, sent to every assistant chosen</source>
        <translation>موجّه واحد يُرسل إلى كل مساعد مختار</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Send to every assistant</source>
        <translation>إرسال إلى كل مساعد</translation>
    </message>
    <message>
        <source>Why the comparison cannot be sent</source>
        <translation>سبب تعذّر إرسال المقارنة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Replies side by side</source>
        <translation>الردود جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Go to reply {number}</source>
        <translation>الانتقال إلى الردّ {number}</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>إغلاق المقارنة</translation>
    </message>
    <message>
        <source>At most four assistants can be compared at once.</source>
        <translation>يمكن مقارنة أربعة مساعدين على الأكثر في المرة الواحدة.</translation>
    </message>
    <message>
        <source>Choose at least two assistants.</source>
        <translation>اختر مساعدَين على الأقل.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <translation>محرّر الرسالة</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Attach files for file search or the code interpreter (Ctrl+Shift+A)</source>
        <translation>إرفاق ملفات للبحث في الملفات أو لمفسّر الشيفرة (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Compare assistants</source>
        <translation>مقارنة المساعدين</translation>
    </message>
    <message>
        <source>Send one prompt to two to four assistants side by side (Ctrl+Shift+K)</source>
        <translation>إرسال موجّه واحد إلى اثنين حتى أربعة مساعدين جنبًا إلى جنب (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Send the message ({keys})</source>
        <translation>إرسال الرسالة ({keys})</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop reply</source>
        <translation>إيقاف الردّ</translation>
    </message>
    <message>
        <source>Stop the reply being written (Esc)</source>
        <translation>إيقاف الردّ الجاري كتابته (Esc)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>إرسال الرسالة</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>BelugaDesk backs up its database once a day. A backup holds your threads, their messages kept here and your assistants; API keys are never in it.</source>
        <translation>ينسخ BelugaDesk قاعدة بياناته احتياطيًا مرة في اليوم. تضم النسخة الاحتياطية محادثاتك ورسائلها المحفوظة هنا ومساعديك؛ ولا تحوي مفاتيح API أبدًا.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <source>Restore the selected backup, or choose a file</source>
        <translation>استعادة النسخة الاحتياطية المحدَّدة، أو اختيار ملف</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <source>Show the backups folder in the file manager</source>
        <translation>عرض مجلد النسخ الاحتياطية في مدير الملفات</translation>
    </message>
    <message>
        <source>&amp;Cancel restore</source>
        <translation>إل&amp;غاء الاستعادة</translation>
    </message>
    <message>
        <source>Do not restore a backup at the next start</source>
        <translation>عدم استعادة نسخة احتياطية عند التشغيل التالي</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Keep daily backups for</source>
        <translation>الاحتفاظ بالنسخ اليومية لمدة</translation>
    </message>
    <message>
        <source>&amp;Keep daily backups for</source>
        <translation>الا&amp;حتفاظ بالنسخ اليومية لمدة</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>حالة النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>لا توجد نسخة احتياطية بعد.</translation>
    </message>
    <message>
        <source>{name} will be restored at the next start.</source>
        <translation>ستُستعاد {name} عند التشغيل التالي.</translation>
    </message>
</context>
<context>
    <name>DataQuestions</name>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>النسخ الاحتياطية (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore {name}?</source>
        <translation>استعادة {name}؟</translation>
    </message>
    <message>
        <source>BelugaDesk restores it when it starts again (quit and start it). The data as it is then is backed up first, and the current database file is kept beside it, renamed.</source>
        <translation>يستعيدها BelugaDesk عند تشغيله مجددًا (أغلقه ثم شغّله). تُنسخ البيانات كما هي حينها احتياطيًا أولًا، ويُحفظ ملف قاعدة البيانات الحالي بجوارها بعد إعادة تسميته.</translation>
    </message>
    <message>
        <source>&amp;Restore at next start</source>
        <translation>ا&amp;ستعادة عند التشغيل التالي</translation>
    </message>
    <message>
        <source>Restore at next start</source>
        <translation>استعادة عند التشغيل التالي</translation>
    </message>
</context>
<context>
    <name>DataViewModel</name>
    <message>
        <source>No backup was made.</source>
        <translation>لم تُنشأ أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>نُسخ احتياطيًا إلى {path}.</translation>
    </message>
    <message>
        <source>The backup will not be restored.</source>
        <translation>لن تُستعاد النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>{name} will be restored when BelugaDesk starts again: quit and start it. The data as it is then is backed up first and kept beside it.</source>
        <translation>ستُستعاد {name} عند تشغيل BelugaDesk مجددًا: أغلقه ثم شغّله. تُنسخ البيانات كما هي حينها احتياطيًا أولًا وتُحفظ بجوارها.</translation>
    </message>
    <message>
        <source>No backup will be restored.</source>
        <translation>لن تُستعاد أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The setting was not saved.</source>
        <translation>لم يُحفظ الإعداد.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>{app_name}: the local database cannot be used</source>
        <translation>{app_name}: تتعذّر استخدام قاعدة البيانات المحلية</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>مشكلة في قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database was written by a newer version</source>
        <translation>كُتبت قاعدة البيانات بإصدار أحدث</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>تتعذّر قراءة قاعدة البيانات</translation>
    </message>
    <message>
        <source>&lt;b&gt;{heading}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{heading}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>Start a fresh database</source>
        <translation>البدء بقاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>Move the old file aside and start with an empty database</source>
        <translation>نقل الملف القديم جانبًا والبدء بقاعدة بيانات فارغة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Close {app_name} and leave the file as it is</source>
        <translation>إغلاق {app_name} وترك الملف كما هو</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The file was kept untouched: nothing in it was changed or deleted.</source>
        <translation>لم يُمسّ الملف: لم يُغيَّر فيه شيء ولم يُحذف.</translation>
    </message>
    <message>
        <source>“Start a fresh database” moves the file aside (renamed beside it, so it can still be recovered) and starts with an empty database. “Quit” leaves everything as it is.</source>
        <translation>«البدء بقاعدة بيانات جديدة» ينقل الملف جانبًا (بإعادة تسميته بجواره، ليمكن استرداده لاحقًا) ويبدأ بقاعدة بيانات فارغة. «خروج» يترك كل شيء كما هو.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Empty chat</source>
        <translation>دردشة فارغة</translation>
    </message>
    <message>
        <source>Assistant name</source>
        <translation>اسم المساعد</translation>
    </message>
    <message>
        <source>Assistant description</source>
        <translation>وصف المساعد</translation>
    </message>
    <message>
        <source>No assistant yet</source>
        <translation>لا يوجد مساعد بعد</translation>
    </message>
    <message>
        <source>Create an assistant (Ctrl+Shift+N) or choose one in the sidebar to start.</source>
        <translation>أنشئ مساعدًا (Ctrl+Shift+N) أو اختر واحدًا في الشريط الجانبي للبدء.</translation>
    </message>
    <message>
        <source>Ask {name} anything.</source>
        <translation>اسأل {name} عن أي شيء.</translation>
    </message>
</context>
<context>
    <name>FileSearchEditor</name>
    <message>
        <source>File search</source>
        <translation>البحث في الملفات</translation>
    </message>
    <message>
        <source>Vector store</source>
        <translation>مخزن المتجهات</translation>
    </message>
    <message>
        <source>None: only files attached in the chat</source>
        <translation>لا شيء: الملفات المرفقة في الدردشة فقط</translation>
    </message>
    <message>
        <source>Let the assistant search the files attached in the chat, and a vector store if you choose one</source>
        <translation>السماح للمساعد بالبحث في الملفات المرفقة في الدردشة، وفي مخزن متجهات إن اخترت واحدًا</translation>
    </message>
    <message>
        <source>A vector store searched in every chat; without one, file search looks in the chat&apos;s attachments</source>
        <translation>مخزن متجهات يُبحث فيه في كل دردشة؛ ومن دونه يبحث البحث في الملفات في مرفقات الدردشة</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Refresh vector stores</source>
        <translation>تحديث مخازن المتجهات</translation>
    </message>
    <message>
        <source>Load the vector stores of this profile&apos;s account</source>
        <translation>تحميل مخازن المتجهات لحساب ملف التعريف هذا</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>Create vector store</source>
        <translation>إنشاء مخزن متجهات</translation>
    </message>
    <message>
        <source>Create a new vector store on the server</source>
        <translation>إنشاء مخزن متجهات جديد على الخادم</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Add files to vector store</source>
        <translation>إضافة ملفات إلى مخزن المتجهات</translation>
    </message>
    <message>
        <source>Upload files into the chosen vector store</source>
        <translation>رفع ملفات إلى مخزن المتجهات المختار</translation>
    </message>
    <message>
        <source>Vector store status</source>
        <translation>حالة مخزن المتجهات</translation>
    </message>
    <message>
        <source>Vector store error</source>
        <translation>خطأ في مخزن المتجهات</translation>
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <source>All chats</source>
        <extracomment>the MIME type of a folder dragged within the Folders section: its id (UTF-8)</extracomment>
        <translation>كل الدردشات</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>بلا مجلد</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <extracomment>thread ids dropped on the row of ``key`` (a folder id or NO_FOLDER) a folder (id) dropped on a sibling folder (id): it takes that one&apos;s place</extracomment>
        <translation>
            <numerusform>لا محادثات</numerusform>
            <numerusform>محادثة واحدة</numerusform>
            <numerusform>محادثتان</numerusform>
            <numerusform>%n محادثات</numerusform>
            <numerusform>%n محادثةً</numerusform>
            <numerusform>%n محادثة</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}, in {parent}, {threads}</source>
        <translation>{name}، في {parent}، {threads}</translation>
    </message>
    <message>
        <source>{name}, {threads}</source>
        <translation>{name}، {threads}</translation>
    </message>
    <message>
        <source>Instructions: {text}</source>
        <translation>التعليمات: {text}</translation>
    </message>
</context>
<context>
    <name>FolderPickerDialog</name>
    <message>
        <source>Move to folder</source>
        <translation>نقل إلى مجلد</translation>
    </message>
    <message>
        <source>Find a folder</source>
        <translation>البحث عن مجلد</translation>
    </message>
    <message>
        <source>Type to find a folder</source>
        <translation>اكتب للبحث عن مجلد</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>المجلدات</translation>
    </message>
    <message>
        <source>{name} (now)</source>
        <translation>{name} (الحالي)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
</context>
<context>
    <name>FolderSection</name>
    <message>
        <source>Folders</source>
        <translation>المجلدات</translation>
    </message>
    <message>
        <source>FOLDERS</source>
        <translation>المجلدات</translation>
    </message>
    <message>
        <source>Show or hide the folders</source>
        <translation>إظهار المجلدات أو إخفاؤها</translation>
    </message>
    <message>
        <source>Folder problem</source>
        <translation>مشكلة في المجلد</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>مجلد جديد</translation>
    </message>
    <message>
        <source>New &amp;folder…</source>
        <translation>مجلد &amp;جديد…</translation>
    </message>
    <message>
        <source>Make a folder for threads (Ctrl+Shift+F)</source>
        <translation>إنشاء مجلد للمحادثات (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;رفع</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;خفض</translation>
    </message>
    <message>
        <source>Default assistant and &amp;instructions…</source>
        <translation>المساعد الافتراضي وال&amp;تعليمات…</translation>
    </message>
    <message>
        <source>Folder actions</source>
        <translation>إجراءات المجلد</translation>
    </message>
    <message>
        <source>New &amp;subfolder…</source>
        <translation>مجلد &amp;فرعي جديد…</translation>
    </message>
    <message>
        <source>Move to the &amp;top level</source>
        <translation>نقل إلى المستوى ال&amp;أعلى</translation>
    </message>
    <message>
        <source>Put &amp;inside</source>
        <translation>و&amp;ضع داخل</translation>
    </message>
    <message>
        <source>Put the folder inside another</source>
        <translation>وضع المجلد داخل مجلد آخر</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>موسّع</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>مطوي</translation>
    </message>
    <message>
        <source>FOLDERS · {name}</source>
        <translation>المجلدات · {name}</translation>
    </message>
</context>
<context>
    <name>FolderSettingsDialog</name>
    <message>
        <source>Folder settings</source>
        <translation>إعدادات المجلد</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>اسم المجلد</translation>
    </message>
    <message>
        <source>Default assistant</source>
        <translation>المساعد الافتراضي</translation>
    </message>
    <message>
        <source>New chats started while this folder is selected use this assistant</source>
        <translation>الدردشات الجديدة التي تبدأ أثناء تحديد هذا المجلد تستخدم هذا المساعد</translation>
    </message>
    <message>
        <source>None (the assistant chosen in the sidebar)</source>
        <translation>لا شيء (المساعد المختار في الشريط الجانبي)</translation>
    </message>
    <message>
        <source>Extra instructions</source>
        <translation>تعليمات إضافية</translation>
    </message>
    <message>
        <source>e.g. Answer in British English and cite sources.</source>
        <translation>مثلًا: أجب بالعربية واذكر المصادر.</translation>
    </message>
    <message>
        <source>Added after the assistant&apos;s own instructions in every reply of the threads in this folder (and its subfolders).</source>
        <translation>تُضاف بعد تعليمات المساعد نفسه في كل ردّ في محادثات هذا المجلد (ومجلداته الفرعية).</translation>
    </message>
    <message>
        <source>Problem with the folder settings</source>
        <translation>مشكلة في إعدادات المجلد</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Default &amp;assistant:</source>
        <translation>المساعد الا&amp;فتراضي:</translation>
    </message>
    <message>
        <source>Extra &amp;instructions:</source>
        <translation>تعليمات إ&amp;ضافية:</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>يحتاج المجلد إلى اسم.</translation>
    </message>
    <message>
        <source>The instructions are too long.</source>
        <translation>التعليمات طويلة جدًا.</translation>
    </message>
</context>
<context>
    <name>FoldersViewModel</name>
    <message>
        <source>The folders could not be loaded.</source>
        <extracomment>the folder filter now in effect: ALL_CHATS, NO_FOLDER or a folder id a sentence for the status bar once a flow is done</extracomment>
        <translation>تعذّر تحميل المجلدات.</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>بلا مجلد</translation>
    </message>
    <message>
        <source>New subfolder</source>
        <translation>مجلد فرعي جديد</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>مجلد جديد</translation>
    </message>
    <message>
        <source>Name of the subfolder in “{parent}”:</source>
        <translation>اسم المجلد الفرعي في «{parent}»:</translation>
    </message>
    <message>
        <source>Name of the folder:</source>
        <translation>اسم المجلد:</translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation>إعادة تسمية المجلد</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>The assistants could not be listed.</source>
        <translation>تعذّر سرد المساعدين.</translation>
    </message>
    <message>
        <source>The folder could not be deleted.</source>
        <translation>تعذّر حذف المجلد.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) in it move to “No folder”; no thread is deleted.</source>
        <translation>
            <numerusform>لا توجد فيه محادثات تُنقل إلى «بلا مجلد»؛ ولا تُحذف أي محادثة.</numerusform>
            <numerusform>تنتقل المحادثة الموجودة فيه إلى «بلا مجلد»؛ ولا تُحذف أي محادثة.</numerusform>
            <numerusform>تنتقل المحادثتان الموجودتان فيه إلى «بلا مجلد»؛ ولا تُحذف أي محادثة.</numerusform>
            <numerusform>تنتقل %n محادثات موجودة فيه إلى «بلا مجلد»؛ ولا تُحذف أي محادثة.</numerusform>
            <numerusform>تنتقل %n محادثةً موجودة فيه إلى «بلا مجلد»؛ ولا تُحذف أي محادثة.</numerusform>
            <numerusform>تنتقل %n محادثة موجودة فيه إلى «بلا مجلد»؛ ولا تُحذف أي محادثة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its subfolders ({names}) move to the top level.</source>
        <translation>تنتقل مجلداته الفرعية ({names}) إلى المستوى الأعلى.</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>حذف المجلد</translation>
    </message>
    <message>
        <source>Delete the folder “{name}”?</source>
        <translation>حذف المجلد «{name}»؟</translation>
    </message>
    <message>
        <source>Delete the folder {name}</source>
        <translation>حذف المجلد {name}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “{name}”; %n thread(s) moved to “No folder”.</source>
        <translation>
            <numerusform>حُذف المجلد «{name}»؛ ولم تُنقل أي محادثة.</numerusform>
            <numerusform>حُذف المجلد «{name}»؛ ونُقلت محادثة واحدة إلى «بلا مجلد».</numerusform>
            <numerusform>حُذف المجلد «{name}»؛ ونُقلت محادثتان إلى «بلا مجلد».</numerusform>
            <numerusform>حُذف المجلد «{name}»؛ ونُقلت %n محادثات إلى «بلا مجلد».</numerusform>
            <numerusform>حُذف المجلد «{name}»؛ ونُقلت %n محادثةً إلى «بلا مجلد».</numerusform>
            <numerusform>حُذف المجلد «{name}»؛ ونُقلت %n محادثة إلى «بلا مجلد».</numerusform>
        </translation>
    </message>
    <message>
        <source>The thread could not be moved.</source>
        <translation>تعذّر نقل المحادثة.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n thread(s) to “{folder}”.</source>
        <translation>
            <numerusform>لم تُنقل أي محادثة إلى «{folder}».</numerusform>
            <numerusform>نُقلت محادثة واحدة إلى «{folder}».</numerusform>
            <numerusform>نُقلت محادثتان إلى «{folder}».</numerusform>
            <numerusform>نُقلت %n محادثات إلى «{folder}».</numerusform>
            <numerusform>نُقلت %n محادثةً إلى «{folder}».</numerusform>
            <numerusform>نُقلت %n محادثة إلى «{folder}».</numerusform>
        </translation>
    </message>
    <message>
        <source>The folders could not be changed.</source>
        <translation>تعذّر تغيير المجلدات.</translation>
    </message>
</context>
<context>
    <name>FormQuestions</name>
    <message>
        <source>Discard changes?</source>
        <translation>تجاهل التغييرات؟</translation>
    </message>
    <message>
        <source>This assistant has unsaved changes. Discard them?</source>
        <translation>لهذا المساعد تغييرات غير محفوظة. هل تريد تجاهلها؟</translation>
    </message>
</context>
<context>
    <name>FunctionListModel</name>
    <message>
        <source>(unnamed function {number})</source>
        <translation>(دالة بلا اسم {number})</translation>
    </message>
    <message>
        <source>{label}, has errors</source>
        <translation>{label}، فيه أخطاء</translation>
    </message>
</context>
<context>
    <name>FunctionToolsEditor</name>
    <message>
        <source>Function tools</source>
        <translation>أدوات الدوال</translation>
    </message>
    <message>
        <source>Functions the assistant may call; choose one to edit it</source>
        <translation>الدوال التي يمكن للمساعد استدعاؤها؛ اختر واحدة لتعديلها</translation>
    </message>
    <message>
        <source>Add function</source>
        <translation>إضافة دالة</translation>
    </message>
    <message>
        <source>Add function tool</source>
        <translation>إضافة أداة دالة</translation>
    </message>
    <message>
        <source>Add a function the assistant can call</source>
        <translation>إضافة دالة يمكن للمساعد استدعاؤها</translation>
    </message>
    <message>
        <source>Remove function</source>
        <translation>إزالة الدالة</translation>
    </message>
    <message>
        <source>Remove function tool</source>
        <translation>إزالة أداة الدالة</translation>
    </message>
    <message>
        <source>Remove the selected function</source>
        <translation>إزالة الدالة المحددة</translation>
    </message>
    <message>
        <source>Function name</source>
        <translation>اسم الدالة</translation>
    </message>
    <message>
        <source>1–64 letters, digits, underscores or hyphens</source>
        <translation>من 1 إلى 64 حرفًا أو رقمًا أو شرطة سفلية أو واصلة</translation>
    </message>
    <message>
        <source>Function description</source>
        <translation>وصف الدالة</translation>
    </message>
    <message>
        <source>What the function does; the model reads this to decide when to call it</source>
        <translation>ما تفعله الدالة؛ يقرأ النموذج هذا ليقرر متى يستدعيها</translation>
    </message>
    <message>
        <source>Strict (arguments always match the schema)</source>
        <translation>صارم (تطابق الوسائط المخطط دائمًا)</translation>
    </message>
    <message>
        <source>Function strict mode</source>
        <translation>الوضع الصارم للدالة</translation>
    </message>
    <message>
        <source>Strict mode needs every property required and additionalProperties false</source>
        <translation>يتطلب الوضع الصارم أن تكون كل خاصية مطلوبة وأن تكون additionalProperties بقيمة false</translation>
    </message>
    <message>
        <source>Function parameters</source>
        <translation>معاملات الدالة</translation>
    </message>
    <message>
        <source>Functi&amp;on name</source>
        <translation>اسم الدا&amp;لة</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
</context>
<context>
    <name>HoverBar</name>
    <message>
        <source>Message actions</source>
        <translation>إجراءات الرسالة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>{who} · {when}</source>
        <translation>{who} · {when}</translation>
    </message>
</context>
<context>
    <name>KeyringDialog</name>
    <message>
        <source>API key not saved</source>
        <translation>لم يُحفظ مفتاح API</translation>
    </message>
    <message>
        <source>API key not saved: no usable secure keyring</source>
        <translation>لم يُحفظ مفتاح API: لا توجد سلسلة مفاتيح آمنة صالحة</translation>
    </message>
    <message>
        <source>The API key could not be saved in a secure keyring.</source>
        <translation>تعذّر حفظ مفتاح API في سلسلة مفاتيح آمنة.</translation>
    </message>
    <message>
        <source>{message}

BelugaDesk never writes API keys to a plain file. A key for this session only stays in memory and is forgotten when BelugaDesk quits.</source>
        <translation>{message}

لا يكتب BelugaDesk مفاتيح API في ملف عادي أبدًا. المفتاح المخصص لهذه الجلسة فقط يبقى في الذاكرة ويُنسى عند إغلاق BelugaDesk.</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>الاستخدام لهذه ال&amp;جلسة فقط</translation>
    </message>
    <message>
        <source>Use the key for this session only</source>
        <translation>استخدام المفتاح لهذه الجلسة فقط</translation>
    </message>
    <message>
        <source>Keep the key in memory until BelugaDesk quits; nothing is written</source>
        <translation>إبقاء المفتاح في الذاكرة حتى إغلاق BelugaDesk؛ لا يُكتب أي شيء</translation>
    </message>
    <message>
        <source>Go back without using the key</source>
        <translation>العودة دون استخدام المفتاح</translation>
    </message>
</context>
<context>
    <name>LinkConfirmation</name>
    <message>
        <source>Open link</source>
        <translation>فتح الرابط</translation>
    </message>
    <message>
        <source>This link was not opened: it is not a valid web address.</source>
        <translation>لم يُفتح هذا الرابط: ليس عنوان ويب صالحًا.</translation>
    </message>
    <message>
        <source>This link was not opened: BelugaDesk opens only web (http, https) and e-mail (mailto) links from replies, not “{scheme}:” links.</source>
        <translation>لم يُفتح هذا الرابط: لا يفتح BelugaDesk من الردود إلا روابط الويب (http وhttps) والبريد (mailto)، وليس روابط «{scheme}:».</translation>
    </message>
    <message>
        <source>This link was not opened: it names no web site.</source>
        <translation>لم يُفتح هذا الرابط: لا يحدد موقع ويب.</translation>
    </message>
    <message>
        <source>your e-mail program, to write to</source>
        <translation>برنامج البريد لديك، للكتابة إلى</translation>
    </message>
    <message>
        <source>your web browser at {host}</source>
        <translation>متصفح الويب لديك على {host}</translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation>فتح هذا الرابط؟</translation>
    </message>
    <message>
        <source>The reply links to:&lt;br&gt;&lt;br&gt;{target_html}&lt;br&gt;&lt;br&gt;It opens in {where}. The text shown for a link can differ from where it goes; open it only if you trust this address.</source>
        <translation>يشير الردّ إلى:&lt;br&gt;&lt;br&gt;{target_html}&lt;br&gt;&lt;br&gt;سيُفتح في {where}. قد يختلف النص المعروض للرابط عن وجهته الفعلية؛ لا تفتحه إلا إذا كنت تثق بهذا العنوان.</translation>
    </message>
</context>
<context>
    <name>MainViewModel</name>
    <message>
        <source>The thread could not be opened.</source>
        <translation>تعذّر فتح المحادثة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app_name} main window</source>
        <translation>النافذة الرئيسية لـ {app_name}</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>ملف التعريف النشط</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New thread</source>
        <translation>محادثة &amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Focus message box</source>
        <translation>&amp;التركيز على مربع الرسالة</translation>
    </message>
    <message>
        <source>Quick &amp;ask window</source>
        <translation>نافذة ال&amp;سؤال السريع</translation>
    </message>
    <message>
        <source>The small always-on-top window that belugadesk --quick-ask shows</source>
        <translation>النافذة الصغيرة الظاهرة دائمًا في المقدمة التي يعرضها belugadesk --quick-ask</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;دردشة</translation>
    </message>
    <message>
        <source>&amp;Compare assistants…</source>
        <translation>&amp;مقارنة المساعدين…</translation>
    </message>
    <message>
        <source>Send one prompt to two to four assistants and see the replies side by side</source>
        <translation>إرسال موجّه واحد إلى اثنين حتى أربعة مساعدين وعرض الردود جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>&amp;Prompt library…</source>
        <translation>م&amp;كتبة الموجّهات…</translation>
    </message>
    <message>
        <source>Saved prompts to insert, edit, import and export (Ctrl+Shift+I; or type / in an empty box)</source>
        <translation>موجّهات محفوظة للإدراج والتعديل والاستيراد والتصدير (Ctrl+Shift+I؛ أو اكتب / في مربع فارغ)</translation>
    </message>
    <message>
        <source>A&amp;ssistant</source>
        <translation>الم&amp;ساعد</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Thread list</source>
        <translation>&amp;قائمة المحادثات</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>ال&amp;رسائل</translation>
    </message>
    <message>
        <source>Next &amp;area</source>
        <translation>المنطقة ال&amp;تالية</translation>
    </message>
    <message>
        <source>&amp;Previous area</source>
        <translation>المنطقة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Profiles and API keys, appearance, behaviour and prices (Ctrl+,)</source>
        <translation>ملفات التعريف ومفاتيح API والمظهر والسلوك والأسعار (Ctrl+,)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>فتح مجلد ال&amp;سجلات</translation>
    </message>
    <message>
        <source>&amp;About {app_name}</source>
        <translation>&amp;حول {app_name}</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>ملف التعريف: {name}</translation>
    </message>
</context>
<context>
    <name>McpGrantsViewModel</name>
    <message>
        <source>No MCP servers yet: add one in Settings → Tools, then come back here.</source>
        <translation>لا توجد خوادم MCP بعد: أضف واحدًا من الإعدادات ← الأدوات، ثم عد إلى هنا.</translation>
    </message>
    <message>
        <source>The tools could not be listed.</source>
        <translation>تعذّر سرد الأدوات.</translation>
    </message>
</context>
<context>
    <name>McpServerDialog</name>
    <message>
        <source>Local program (stdio)</source>
        <translation>برنامج محلي (stdio)</translation>
    </message>
    <message>
        <source>Web address (streamable HTTP)</source>
        <translation>عنوان ويب (HTTP متدفق)</translation>
    </message>
    <message>
        <source>kept in the keyring; type to replace</source>
        <translation>محفوظ في سلسلة المفاتيح؛ اكتب للاستبدال</translation>
    </message>
    <message>
        <source>Edit MCP server</source>
        <translation>تعديل خادم MCP</translation>
    </message>
    <message>
        <source>Add MCP server</source>
        <translation>إضافة خادم MCP</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>اسم الخادم</translation>
    </message>
    <message>
        <source>e.g. Files</source>
        <translation>مثل Files</translation>
    </message>
    <message>
        <source>How to reach the server</source>
        <translation>كيفية الوصول إلى الخادم</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>e.g. npx, uvx or python</source>
        <translation>مثل npx أو uvx أو python</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>as on a command line, e.g. -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation>كما في سطر الأوامر، مثل -y @modelcontextprotocol/server-filesystem ~/Notes</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>مجلد العمل</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>عنوان URL للخادم</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>متغير بيئة</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ترويسة</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>الأ&amp;مر</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>ال&amp;وسائط</translation>
    </message>
    <message>
        <source>&amp;Working folder</source>
        <translation>مجلد ال&amp;عمل</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>البيئة</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;عنوان URL</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>الترويسات</translation>
    </message>
    <message>
        <source>Values marked Secret go to the system keyring, never to the settings file.</source>
        <translation>القيم المعلَّمة «سرّي» تذهب إلى سلسلة مفاتيح النظام، وليس إلى ملف الإعدادات أبدًا.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Save server</source>
        <translation>حفظ الخادم</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Reach it as</source>
        <translation>&amp;الوصول إليه باسم</translation>
    </message>
</context>
<context>
    <name>McpServersViewModel</name>
    <message>
        <source>Enter the command that starts the server, e.g. npx or python.</source>
        <translation>أدخل الأمر الذي يشغّل الخادم، مثل npx أو python.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>أعطِ الخادم اسمًا.</translation>
    </message>
    <message>
        <source>The server&apos;s settings are not valid.</source>
        <translation>إعدادات الخادم غير صالحة.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Not started: a server starts when an assistant first uses it, or with Test.</source>
        <translation>لم يبدأ: يبدأ الخادم عندما يستخدمه مساعد أول مرة، أو عند الاختبار.</translation>
    </message>
    <message>
        <source>The server could not be tested.</source>
        <translation>تعذّر اختبار الخادم.</translation>
    </message>
    <message>
        <source>Starting the server and listing its tools…</source>
        <translation>جارٍ تشغيل الخادم وسرد أدواته…</translation>
    </message>
    <message>
        <source>The server runs but lists no tools.</source>
        <translation>الخادم يعمل لكنه لا يعرض أي أدوات.</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s): {names}</source>
        <translation>
            <numerusform>لا أدوات: {names}</numerusform>
            <numerusform>أداة واحدة: {names}</numerusform>
            <numerusform>أداتان: {names}</numerusform>
            <numerusform>%n أدوات: {names}</numerusform>
            <numerusform>%n أداة: {names}</numerusform>
            <numerusform>%n أداة: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be restarted.</source>
        <translation>تعذّرت إعادة تشغيل الخادم.</translation>
    </message>
    <message>
        <source>Restarting the server…</source>
        <translation>جارٍ إعادة تشغيل الخادم…</translation>
    </message>
    <message>
        <source>The MCP server was not saved.</source>
        <translation>لم يُحفظ خادم MCP.</translation>
    </message>
    <message>
        <source>The MCP server was not removed.</source>
        <translation>لم يُزَل خادم MCP.</translation>
    </message>
</context>
<context>
    <name>McpToolsSection</name>
    <message>
        <source>Too&amp;ls from MCP servers</source>
        <translation>أ&amp;دوات خوادم MCP</translation>
    </message>
    <message>
        <source>Which tools of the MCP servers (Settings → Tools) this assistant may use, and which calls run without asking</source>
        <translation>أدوات خوادم MCP (الإعدادات ← الأدوات) التي يمكن لهذا المساعد استخدامها، والاستدعاءات التي تعمل دون سؤال</translation>
    </message>
    <message>
        <source>Each call of a tool is shown to you before it runs, unless you allow it here.</source>
        <translation>يُعرض عليك كل استدعاء لأداة قبل تشغيله، ما لم تسمح به هنا.</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Message the assistant — Enter to send, Shift+Enter for a new line</source>
        <translation>راسل المساعد — Enter للإرسال، وShift+Enter لسطر جديد</translation>
    </message>
    <message>
        <source>Enter sends; Shift+Enter starts a new line</source>
        <translation>Enter يرسل؛ وShift+Enter يبدأ سطرًا جديدًا</translation>
    </message>
    <message>
        <source>Message the assistant — Ctrl+Enter to send, Enter for a new line</source>
        <translation>راسل المساعد — Ctrl+Enter للإرسال، وEnter لسطر جديد</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; Enter starts a new line</source>
        <translation>Ctrl+Enter يرسل؛ وEnter يبدأ سطرًا جديدًا</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>سطر جديد</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>You</source>
        <extracomment>who writes the replies (what a screen reader says for them); set with the chat&apos;s assistant</extracomment>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>{who}, {when}: {text}</source>
        <translation>{who}، {when}: {text}</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>قيد الكتابة</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>انقطع</translation>
    </message>
</context>
<context>
    <name>MessageTextView</name>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
</context>
<context>
    <name>MessageTime</name>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}، {time}</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <source>Up to {limit} pairs; keys up to 64 characters, values up to 512</source>
        <translation>حتى {limit} زوجًا؛ المفاتيح حتى 64 حرفًا، والقيم حتى 512</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>إضافة زوج</translation>
    </message>
    <message>
        <source>Add metadata pair</source>
        <translation>إضافة زوج بيانات وصفية</translation>
    </message>
    <message>
        <source>Add a key/value row and start typing its key</source>
        <translation>إضافة صف مفتاح/قيمة والبدء بكتابة المفتاح</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>إزالة الزوج</translation>
    </message>
    <message>
        <source>Remove metadata pair</source>
        <translation>إزالة زوج البيانات الوصفية</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>إزالة الصف المحدد</translation>
    </message>
    <message>
        <source>Metadata pair count</source>
        <translation>عدد أزواج البيانات الوصفية</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>The server&apos;s models could not be listed ({error}); the assistant&apos;s model is used.</source>
        <translation>تعذّر سرد نماذج الخادم ({error})؛ يُستخدم نموذج المساعد.</translation>
    </message>
</context>
<context>
    <name>ModelSwitcher</name>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>{model} (assistant&apos;s)</source>
        <translation>{model} (الخاص بالمساعد)</translation>
    </message>
    <message>
        <source>the assistant&apos;s own model</source>
        <translation>نموذج المساعد نفسه</translation>
    </message>
    <message>
        <source>chosen for this thread</source>
        <translation>مختار لهذه المحادثة</translation>
    </message>
    <message>
        <source>The model that writes the replies in this thread: {model} ({whose}).</source>
        <translation>النموذج الذي يكتب الردود في هذه المحادثة: {model} ({whose}).</translation>
    </message>
</context>
<context>
    <name>NewChatButton</name>
    <message>
        <source>New chat</source>
        <translation>دردشة جديدة</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>مع {name}</translation>
    </message>
    <message>
        <source>with no assistant yet</source>
        <translation>بلا مساعد بعد</translation>
    </message>
    <message>
        <source>New chat with {name}</source>
        <translation>دردشة جديدة مع {name}</translation>
    </message>
    <message>
        <source>Start a new chat with {name} (Ctrl+N)</source>
        <translation>بدء دردشة جديدة مع {name} (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>&lt;h2&gt;Welcome to BelugaDesk&lt;/h2&gt;&lt;p&gt;Connect to your AI provider with an API key. The key is kept in your system keyring and nowhere else. No key at hand? Try the offline demo: it runs entirely on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بك في BelugaDesk&lt;/h2&gt;&lt;p&gt;اتصل بمزوّد الذكاء الاصطناعي باستخدام مفتاح API. يُحفظ المفتاح في سلسلة مفاتيح النظام ولا مكان غيرها. ليس لديك مفتاح؟ جرّب العرض التجريبي دون اتصال: يعمل بالكامل على هذا الحاسوب.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to BelugaDesk</source>
        <translation>مرحبًا بك في BelugaDesk</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Try the offline &amp;demo</source>
        <translation>تجربة العرض التجريبي &amp;دون اتصال</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>تجربة العرض التجريبي دون اتصال</translation>
    </message>
    <message>
        <source>Use the built-in demo server: no key and no network needed</source>
        <translation>استخدام خادم العرض التجريبي المدمج: لا مفتاح ولا شبكة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>حفظ ملف التعريف</translation>
    </message>
    <message>
        <source>Store the key in the keyring, save the profile and start using it</source>
        <translation>تخزين المفتاح في سلسلة المفاتيح وحفظ ملف التعريف والبدء باستخدامه</translation>
    </message>
</context>
<context>
    <name>OnboardingViewModel</name>
    <message>
        <source>The profile was not saved.</source>
        <translation>لم يُحفظ ملف التعريف.</translation>
    </message>
    <message>
        <source>The choice was not saved.</source>
        <translation>لم يُحفظ الاختيار.</translation>
    </message>
</context>
<context>
    <name>OpenByIdDialog</name>
    <message>
        <source>Open thread by id</source>
        <translation>فتح محادثة بالمعرّف</translation>
    </message>
    <message>
        <source>Paste the id of a thread on the server (it starts with “{id_prefixes}”). Its history is loaded into a new local thread.</source>
        <translation>الصق معرّف محادثة على الخادم (يبدأ بـ«{id_prefixes}»). يُحمَّل سجلها في محادثة محلية جديدة.</translation>
    </message>
    <message>
        <source>Remote thread id</source>
        <translation>معرّف المحادثة البعيدة</translation>
    </message>
    <message>
        <source>A {label} API thread id, e.g. {id_prefixes}abc123</source>
        <translation>معرّف محادثة لواجهة {label}، مثل {id_prefixes}abc123</translation>
    </message>
    <message>
        <source>Problem with the id</source>
        <translation>مشكلة في المعرّف</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Budget (tokens)</source>
        <translation>الميزانية (رموز)</translation>
    </message>
</context>
<context>
    <name>PreferencesViewModel</name>
    <message>
        <source>The colour scheme was not saved.</source>
        <translation>لم يُحفظ نظام الألوان.</translation>
    </message>
    <message>
        <source>The font size was not saved.</source>
        <translation>لم يُحفظ حجم الخط.</translation>
    </message>
    <message>
        <source>The accent colour was not saved.</source>
        <translation>لم يُحفظ لون التمييز.</translation>
    </message>
    <message>
        <source>The language was not saved.</source>
        <translation>لم تُحفظ اللغة.</translation>
    </message>
    <message>
        <source>The setting was not saved.</source>
        <translation>لم يُحفظ الإعداد.</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>المدخلات</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>المخرجات</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>المدخلات المخزنة مؤقتًا</translation>
    </message>
    <message>
        <source>The model name; dated snapshots (gpt-4o-2024-08-06) use the price of their family</source>
        <translation>اسم النموذج؛ تستخدم اللقطات المؤرَّخة (gpt-4o-2024-08-06) سعر عائلتها</translation>
    </message>
    <message>
        <source>USD per million input tokens</source>
        <translation>دولار أمريكي لكل مليون رمز إدخال</translation>
    </message>
    <message>
        <source>USD per million output tokens</source>
        <translation>دولار أمريكي لكل مليون رمز إخراج</translation>
    </message>
    <message>
        <source>USD per million cached input tokens; empty when the model has no cached price</source>
        <translation>دولار أمريكي لكل مليون رمز إدخال مخزن مؤقتًا؛ فارغ إذا لم يكن للنموذج سعر تخزين مؤقت</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Prices in US dollars per million tokens, used for the cost estimate shown with each reply. Double-click a cell to edit it.</source>
        <translation>الأسعار بالدولار الأمريكي لكل مليون رمز، وتُستخدم لتقدير التكلفة المعروض مع كل ردّ. انقر نقرًا مزدوجًا على خلية لتعديلها.</translation>
    </message>
    <message>
        <source>Model prices</source>
        <translation>أسعار النماذج</translation>
    </message>
    <message>
        <source>model name, e.g. gpt-4.1</source>
        <translation>اسم النموذج، مثل gpt-4.1</translation>
    </message>
    <message>
        <source>New model name</source>
        <translation>اسم النموذج الجديد</translation>
    </message>
    <message>
        <source>The model to add a price for</source>
        <translation>النموذج المراد إضافة سعر له</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>إضافة &amp;سعر</translation>
    </message>
    <message>
        <source>Add price</source>
        <translation>إضافة سعر</translation>
    </message>
    <message>
        <source>Add a row for this model, then type its prices</source>
        <translation>إضافة صف لهذا النموذج ثم كتابة أسعاره</translation>
    </message>
    <message>
        <source>&amp;Remove price</source>
        <translation>إ&amp;زالة السعر</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>إزالة السعر</translation>
    </message>
    <message>
        <source>Remove the selected model&apos;s price</source>
        <translation>إزالة سعر النموذج المحدد</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>PricesViewModel</name>
    <message>
        <source>Invalid price.</source>
        <translation>سعر غير صالح.</translation>
    </message>
    <message>
        <source>Type the model name first, e.g. gpt-4.1.</source>
        <translation>اكتب اسم النموذج أولًا، مثل gpt-4.1.</translation>
    </message>
    <message>
        <source>There is already a price for {name}.</source>
        <translation>يوجد سعر لـ {name} بالفعل.</translation>
    </message>
    <message>
        <source>The prices were not saved.</source>
        <translation>لم تُحفظ الأسعار.</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>Delete profile</source>
        <translation>حذف ملف التعريف</translation>
    </message>
    <message>
        <source>Delete the profile “{name}”?</source>
        <translation>حذف ملف التعريف «{name}»؟</translation>
    </message>
    <message>
        <source>Its API key is removed from the keyring too. Its threads stay in the database.</source>
        <translation>يُزال مفتاح API الخاص به من سلسلة المفاتيح أيضًا. وتبقى محادثاته في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete profile and key</source>
        <translation>حذف ملف التعريف والمفتاح</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>New profile</source>
        <translation>ملف تعريف جديد</translation>
    </message>
    <message>
        <source>Edit profile {name}</source>
        <translation>تعديل ملف التعريف {name}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>حفظ ملف التعريف</translation>
    </message>
    <message>
        <source>Validate, store the key in the keyring and save the profile</source>
        <translation>التحقّق وتخزين المفتاح في سلسلة المفاتيح وحفظ ملف التعريف</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Profile &amp;name</source>
        <translation>ا&amp;سم ملف التعريف</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;مفتاح API</translation>
    </message>
    <message>
        <source>&amp;Backend</source>
        <translation>ال&amp;واجهة الخلفية</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>&amp;عنوان URL الأساسي</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>نقطة ال&amp;نهاية</translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation>إ&amp;صدار API</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>ال&amp;نشرات</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>ال&amp;مؤسسة</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>الم&amp;شروع</translation>
    </message>
    <message>
        <source>Pro&amp;xy</source>
        <translation>الو&amp;كيل</translation>
    </message>
    <message>
        <source>Context bud&amp;gets</source>
        <translation>&amp;ميزانيات السياق</translation>
    </message>
    <message>
        <source>A name to tell this profile apart from others</source>
        <translation>اسم يميّز ملف التعريف هذا عن غيره</translation>
    </message>
    <message>
        <source>The secret API key from your provider&apos;s dashboard; it is stored in the system keyring only</source>
        <translation>مفتاح API السري من لوحة تحكم مزوّدك؛ يُخزَّن في سلسلة مفاتيح النظام فقط</translation>
    </message>
    <message>
        <source>Which OpenAI API family conversations use</source>
        <translation>عائلة واجهات OpenAI التي تستخدمها المحادثات</translation>
    </message>
    <message>
        <source>The server&apos;s API address, e.g. http://localhost:8000/v1 (OpenAI: empty means the default)</source>
        <translation>عنوان واجهة API للخادم، مثل http://localhost:8000/v1 (في OpenAI: الفارغ يعني الافتراضي)</translation>
    </message>
    <message>
        <source>Your Azure OpenAI resource, e.g. https://my-resource.openai.azure.com</source>
        <translation>مورد Azure OpenAI الخاص بك، مثل https://my-resource.openai.azure.com</translation>
    </message>
    <message>
        <source>The Azure OpenAI api-version, e.g. 2025-04-01-preview or v1</source>
        <translation>قيمة api-version لـ Azure OpenAI، مثل 2025-04-01-preview أو v1</translation>
    </message>
    <message>
        <source>One per line: model = deployment-name (used when an assistant names that model)</source>
        <translation>واحد في كل سطر: النموذج = اسم النشر (يُستخدم عندما يذكر مساعد ذلك النموذج)</translation>
    </message>
    <message>
        <source>Optional OpenAI organization id (org-…)</source>
        <translation>معرّف مؤسسة OpenAI اختياري (org-…)</translation>
    </message>
    <message>
        <source>Optional OpenAI project id (proj_…)</source>
        <translation>معرّف مشروع OpenAI اختياري (proj_…)</translation>
    </message>
    <message>
        <source>Optional HTTP(S) proxy every request of this profile goes through, e.g. http://proxy:3128</source>
        <translation>وكيل HTTP(S) اختياري تمر عبره كل طلبات ملف التعريف هذا، مثل http://proxy:3128</translation>
    </message>
    <message>
        <source>How many tokens of a thread each model is sent (older turns are left out beyond it); a model not listed gets a default. At least {minimum} tokens</source>
        <translation>عدد رموز المحادثة التي يُرسَل إلى كل نموذج (تُحذف الأدوار الأقدم بعده)؛ ويحصل النموذج غير المدرج على قيمة افتراضية. {minimum} رمزًا على الأقل</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>optional, e.g. http://proxy.example.com:3128</source>
        <translation>اختياري، مثل http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <source>Who runs the server: fills in its address, whether it needs a key, and a backend it speaks</source>
        <translation>من يشغّل الخادم: يملأ عنوانه، وما إذا كان يحتاج إلى مفتاح، وواجهة خلفية يدعمها</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>ال&amp;مزوّد</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>List the server&apos;s models with this key, without saving anything</source>
        <translation>سرد نماذج الخادم بهذا المفتاح دون حفظ أي شيء</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>نتيجة اختبار الاتصال</translation>
    </message>
    <message>
        <source>APIs the server speaks</source>
        <translation>واجهات API التي يدعمها الخادم</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Speaks it</source>
        <translation>يدعمها</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>خطأ في {field}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>ملف التعريف</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>إظهار مفتاح API</translation>
    </message>
    <message>
        <source>Show or hide the API key you typed</source>
        <translation>إظهار مفتاح API الذي كتبته أو إخفاؤه</translation>
    </message>
    <message>
        <source>Where the API key is stored</source>
        <translation>مكان تخزين مفتاح API</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>إخفاء مفتاح API</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
</context>
<context>
    <name>ProfileFormViewModel</name>
    <message>
        <source>Paste the API key for this profile.</source>
        <translation>الصق مفتاح API لملف التعريف هذا.</translation>
    </message>
    <message>
        <source>Paste the API key for this profile (or set the OPENAI_API_KEY environment variable before starting).</source>
        <translation>الصق مفتاح API لملف التعريف هذا (أو عيّن متغير البيئة OPENAI_API_KEY قبل البدء).</translation>
    </message>
    <message>
        <source>Optional: needed only if the server was started with a key</source>
        <translation>اختياري: مطلوب فقط إذا بدأ الخادم بمفتاح</translation>
    </message>
    <message>
        <source>The offline demo needs no key</source>
        <translation>العرض التجريبي دون اتصال لا يحتاج إلى مفتاح</translation>
    </message>
    <message>
        <source>This server needs no key</source>
        <translation>هذا الخادم لا يحتاج إلى مفتاح</translation>
    </message>
    <message>
        <source>{server} needs no key</source>
        <translation>{server} لا يحتاج إلى مفتاح</translation>
    </message>
    <message>
        <source>Will be stored in {keyring} when you save</source>
        <translation>سيُخزَّن في {keyring} عند الحفظ</translation>
    </message>
    <message>
        <source>No secure keyring: the key can be used for this session only</source>
        <translation>لا توجد سلسلة مفاتيح آمنة: يمكن استخدام المفتاح لهذه الجلسة فقط</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; paste only the key itself.</source>
        <translation>يحتوي مفتاح API على مسافات أو فواصل أسطر؛ الصق المفتاح نفسه فقط.</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>أصلح الحقول المعلَّمة أعلاه أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available ({models}).</source>
        <translation>
            <numerusform>تم الاتصال: لا نماذج متاحة ({models}).</numerusform>
            <numerusform>تم الاتصال: نموذج واحد متاح ({models}).</numerusform>
            <numerusform>تم الاتصال: نموذجان متاحان ({models}).</numerusform>
            <numerusform>تم الاتصال: %n نماذج متاحة ({models}).</numerusform>
            <numerusform>تم الاتصال: %n نموذجًا متاحًا ({models}).</numerusform>
            <numerusform>تم الاتصال: %n نموذج متاح ({models}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>تم الاتصال.</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Offline demo</source>
        <translation>عرض تجريبي دون اتصال</translation>
    </message>
    <message>
        <source>built-in local server</source>
        <translation>خادم محلي مدمج</translation>
    </message>
    <message>
        <source>API key: {key}</source>
        <translation>مفتاح API: {key}</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;ملفات التعريف</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>ملفات التعريف</translation>
    </message>
    <message>
        <source>Selected profile</source>
        <translation>ملف التعريف المحدد</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Add a profile for OpenAI, Azure OpenAI or an OpenAI-compatible server</source>
        <translation>إضافة ملف تعريف لـ OpenAI أو Azure OpenAI أو خادم متوافق مع OpenAI</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Change the selected profile or its API key</source>
        <translation>تغيير ملف التعريف المحدد أو مفتاح API الخاص به</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ت&amp;كرار</translation>
    </message>
    <message>
        <source>Copy the selected profile, including its key</source>
        <translation>نسخ ملف التعريف المحدد مع مفتاحه</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its API key</source>
        <translation>حذف ملف التعريف المحدد ومفتاح API الخاص به</translation>
    </message>
    <message>
        <source>Set a&amp;ctive</source>
        <translation>تعيين ك&amp;نشط</translation>
    </message>
    <message>
        <source>Use the selected profile for conversations from now on</source>
        <translation>استخدام ملف التعريف المحدد للمحادثات من الآن</translation>
    </message>
    <message>
        <source>the built-in offline server</source>
        <translation>الخادم المدمج دون اتصال</translation>
    </message>
    <message>
        <source>API key: {key}</source>
        <translation>مفتاح API: {key}</translation>
    </message>
</context>
<context>
    <name>ProfilesViewModel</name>
    <message>
        <source>not needed</source>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>لم يُحفظ ملف التعريف.</translation>
    </message>
    <message>
        <source>The profile could not be activated.</source>
        <translation>تعذّر تنشيط ملف التعريف.</translation>
    </message>
    <message>
        <source>The profile was not activated.</source>
        <translation>لم يُنشَّط ملف التعريف.</translation>
    </message>
    <message>
        <source>The key was not copied.</source>
        <translation>لم يُنسخ المفتاح.</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>لم تُحفظ النسخة.</translation>
    </message>
    <message>
        <source>The key was not deleted.</source>
        <translation>لم يُحذف المفتاح.</translation>
    </message>
    <message>
        <source>The profile was not deleted.</source>
        <translation>لم يُحذف ملف التعريف.</translation>
    </message>
    <message>
        <source>The next profile could not be activated.</source>
        <translation>تعذّر تنشيط ملف التعريف التالي.</translation>
    </message>
</context>
<context>
    <name>PromptButton</name>
    <message>
        <source>Send: {text}</source>
        <translation>إرسال: {text}</translation>
    </message>
    <message>
        <source>Send this message</source>
        <translation>إرسال هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>PromptDialogs</name>
    <message>
        <source>Delete prompt</source>
        <translation>حذف الموجّه</translation>
    </message>
    <message>
        <source>Delete the prompt “{title}”?</source>
        <translation>حذف الموجّه «{title}»؟</translation>
    </message>
    <message>
        <source>It is removed from the library. An exported copy can bring it back.</source>
        <translation>يُزال من المكتبة. ويمكن استرجاعه من نسخة مُصدَّرة.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>تصدير الموجّهات</translation>
    </message>
    <message>
        <source>BelugaDesk prompts (*.json)</source>
        <translation>موجّهات BelugaDesk (*.json)</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>استيراد موجّهات</translation>
    </message>
</context>
<context>
    <name>PromptEditDialog</name>
    <message>
        <source>Edit prompt</source>
        <translation>تعديل الموجّه</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>موجّه جديد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>نص الموجّه</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>writing, code</source>
        <translation>كتابة, شيفرة</translation>
    </message>
    <message>
        <source>Write {{name}} for a blank filled in when the prompt is inserted, {{name|default}} to give it a default, and \{{ for two literal braces. Tags are separated by commas.</source>
        <translation>اكتب {{name}} لفراغ يُملأ عند إدراج الموجّه، و{{name|default}} لإعطائه قيمة افتراضية، و\{{ لقوسين معقوفين حرفيين. تُفصل الوسوم بفواصل.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>الو&amp;سوم:</translation>
    </message>
    <message>
        <source>Save prompt</source>
        <translation>حفظ الموجّه</translation>
    </message>
</context>
<context>
    <name>PromptLibrary</name>
    <message>
        <source>The file {path} could not be written ({reason}).</source>
        <translation>تعذّرت الكتابة في الملف {path} ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a prompt library.</source>
        <translation>الملف {name} أكبر من أن يكون مكتبة موجّهات.</translation>
    </message>
    <message>
        <source>The file {name} is not a BelugaDesk prompt library: it is not UTF-8 text.</source>
        <translation>الملف {name} ليس مكتبة موجّهات BelugaDesk: فهو ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({reason}).</source>
        <translation>تعذّرت قراءة الملف {path} ({reason}).</translation>
    </message>
    <message>
        <source>The prompt library could not be read.</source>
        <translation>تعذّرت قراءة مكتبة الموجّهات.</translation>
    </message>
    <message>
        <source>The prompt was not saved.</source>
        <translation>لم يُحفظ الموجّه.</translation>
    </message>
    <message>
        <source>The prompt was not deleted.</source>
        <translation>لم يُحذف الموجّه.</translation>
    </message>
    <message>
        <source>The prompt could not be inserted.</source>
        <translation>تعذّر إدراج الموجّه.</translation>
    </message>
    <message>
        <source>The prompts were not exported.</source>
        <translation>لم تُصدَّر الموجّهات.</translation>
    </message>
    <message>
        <source>Prompts not exported</source>
        <translation>لم تُصدَّر الموجّهات</translation>
    </message>
    <message>
        <source>The prompts were not imported.</source>
        <translation>لم تُستورد الموجّهات.</translation>
    </message>
    <message>
        <source>The file {name}</source>
        <translation>الملف {name}</translation>
    </message>
    <message>
        <source>Prompts not imported</source>
        <translation>لم تُستورد الموجّهات</translation>
    </message>
</context>
<context>
    <name>PromptLibraryDialog</name>
    <message>
        <source>Prompt library</source>
        <translation>مكتبة الموجّهات</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>البحث في الموجّهات</translation>
    </message>
    <message>
        <source>Search titles, text and tags</source>
        <translation>البحث في العناوين والنصوص والوسوم</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>الموجّهات</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>نص الموجّه</translation>
    </message>
    <message>
        <source>Tags of the prompt</source>
        <translation>وسوم الموجّه</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>إضافة موجّه</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Edit the prompt</source>
        <translation>تعديل الموجّه</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the prompt</source>
        <translation>حذف الموجّه</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>استيراد موجّهات</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>تصدير الموجّهات</translation>
    </message>
    <message>
        <source>I&amp;nsert</source>
        <translation>إ&amp;دراج</translation>
    </message>
    <message>
        <source>Insert into the message box</source>
        <translation>الإدراج في مربع الرسالة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the prompt library</source>
        <translation>إغلاق مكتبة الموجّهات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>الوسوم: {tags}</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>بلا وسوم</translation>
    </message>
</context>
<context>
    <name>PromptLibraryViewModel</name>
    <message numerus="yes">
        <source>Exported %n prompt(s) to {path}</source>
        <translation>
            <numerusform>لم يُصدَّر أي موجّه إلى {path}</numerusform>
            <numerusform>صُدِّر موجّه واحد إلى {path}</numerusform>
            <numerusform>صُدِّر موجّهان إلى {path}</numerusform>
            <numerusform>صُدِّرت %n موجّهات إلى {path}</numerusform>
            <numerusform>صُدِّر %n موجّهًا إلى {path}</numerusform>
            <numerusform>صُدِّر %n موجّه إلى {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n prompt(s)</source>
        <translation>
            <numerusform>لم يُضف أي موجّه</numerusform>
            <numerusform>أُضيف موجّه واحد</numerusform>
            <numerusform>أُضيف موجّهان</numerusform>
            <numerusform>أُضيفت %n موجّهات</numerusform>
            <numerusform>أُضيف %n موجّهًا</numerusform>
            <numerusform>أُضيف %n موجّه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n already in the library</source>
        <translation>
            <numerusform>لم يُتخطَّ أي موجّه</numerusform>
            <numerusform>تُخطّي موجّه واحد موجود في المكتبة</numerusform>
            <numerusform>تُخطّي موجّهان موجودان في المكتبة</numerusform>
            <numerusform>تُخطّيت %n موجّهات موجودة في المكتبة</numerusform>
            <numerusform>تُخطّي %n موجّهًا موجودًا في المكتبة</numerusform>
            <numerusform>تُخطّي %n موجّه موجود في المكتبة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickAskViewModel</name>
    <message>
        <source>The quick-ask window could not start over.</source>
        <translation>تعذّر على نافذة السؤال السريع البدء من جديد.</translation>
    </message>
    <message>
        <source>Ask something first: there is no conversation to move yet.</source>
        <translation>اسأل شيئًا أولًا: لا توجد محادثة لنقلها بعد.</translation>
    </message>
    <message>
        <source>Wait until the reply is written (or stop it), then open the thread in the main window.</source>
        <translation>انتظر حتى يكتمل الردّ (أو أوقفه)، ثم افتح المحادثة في النافذة الرئيسية.</translation>
    </message>
</context>
<context>
    <name>QuickAskWindow</name>
    <message>
        <source>Quick ask — {app}</source>
        <translation>سؤال سريع — {app}</translation>
    </message>
    <message>
        <source>Quick ask</source>
        <translation>سؤال سريع</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>Open in main window</source>
        <translation>فتح في النافذة الرئيسية</translation>
    </message>
    <message>
        <source>Continue this conversation in the main window (Ctrl+O)</source>
        <translation>متابعة هذه المحادثة في النافذة الرئيسية (Ctrl+O)</translation>
    </message>
    <message>
        <source>Hide quick ask</source>
        <translation>إخفاء السؤال السريع</translation>
    </message>
    <message>
        <source>Hide this window; the conversation stays (Esc)</source>
        <translation>إخفاء هذه النافذة؛ تبقى المحادثة (Esc)</translation>
    </message>
    <message>
        <source>Hide quick ask (stops a reply first)</source>
        <translation>إخفاء السؤال السريع (يوقف الردّ الجاري أولًا)</translation>
    </message>
    <message>
        <source>Quick ask · {assistant}</source>
        <translation>سؤال سريع · {assistant}</translation>
    </message>
</context>
<context>
    <name>RemoteAssistantModel</name>
    <message>
        <source>{assistant} — already imported</source>
        <translation>{assistant} — مستورد سابقًا</translation>
    </message>
</context>
<context>
    <name>RemoteImportDialog</name>
    <message>
        <source>Import assistants from the server</source>
        <translation>استيراد مساعدين من الخادم</translation>
    </message>
    <message>
        <source>Tick the assistants to import. Ones already imported are greyed out.</source>
        <translation>حدِّد المساعدين المراد استيرادهم. المستوردون سابقًا يظهرون باللون الرمادي.</translation>
    </message>
    <message>
        <source>Server assistants</source>
        <translation>مساعدو الخادم</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected assistant</source>
        <translation>مفتاح المسافة يحدد المساعد المحدد أو يلغي تحديده</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>تحميل المزيد</translation>
    </message>
    <message>
        <source>Load more assistants</source>
        <translation>تحميل مزيد من المساعدين</translation>
    </message>
    <message>
        <source>Fetch the next page of the server&apos;s assistants</source>
        <translation>جلب الصفحة التالية من مساعدي الخادم</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>حالة الاستيراد</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import the ticked assistants</source>
        <translation>استيراد المساعدين المحددين</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>The server has no assistants for this profile.</source>
        <translation>لا يملك الخادم مساعدين لملف التعريف هذا.</translation>
    </message>
    <message>
        <source>{ticked} ticked.</source>
        <translation>حُدِّد {ticked}.</translation>
    </message>
</context>
<context>
    <name>RemoteImportViewModel</name>
    <message>
        <source>Could not list the server&apos;s assistants.</source>
        <translation>تعذّر سرد مساعدي الخادم.</translation>
    </message>
    <message>
        <source>Could not import.</source>
        <translation>تعذّر الاستيراد.</translation>
    </message>
</context>
<context>
    <name>RemoteMcpEditor</name>
    <message>
        <source>all tools</source>
        <translation>كل الأدوات</translation>
    </message>
    <message>
        <source>asks before each call</source>
        <translation>يسأل قبل كل استدعاء</translation>
    </message>
    <message>
        <source>runs calls without asking</source>
        <translation>يشغّل الاستدعاءات دون سؤال</translation>
    </message>
    <message>
        <source>Remote MCP &amp;servers (the API calls them itself)</source>
        <translation>خوادم MCP ال&amp;بعيدة (تستدعيها الواجهة بنفسها)</translation>
    </message>
    <message>
        <source>Remote MCP servers of this assistant</source>
        <translation>خوادم MCP البعيدة لهذا المساعد</translation>
    </message>
    <message>
        <source>Remote server label</source>
        <translation>تسمية الخادم البعيد</translation>
    </message>
    <message>
        <source>Remote server URL</source>
        <translation>عنوان URL للخادم البعيد</translation>
    </message>
    <message>
        <source>Allowed tools of the remote server</source>
        <translation>الأدوات المسموح بها للخادم البعيد</translation>
    </message>
    <message>
        <source>Tool names separated by commas or lines; empty: all its tools</source>
        <translation>أسماء أدوات تفصل بينها فواصل أو أسطر؛ فارغ: كل أدواته</translation>
    </message>
    <message>
        <source>Empty: all its tools. Or names separated by commas or lines.</source>
        <translation>فارغ: كل أدواته. أو أسماء تفصل بينها فواصل أو أسطر.</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>السؤال قبل كل استدعاء</translation>
    </message>
    <message>
        <source>Ask before each call of the remote server</source>
        <translation>السؤال قبل كل استدعاء للخادم البعيد</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>إضافة خادم</translation>
    </message>
    <message>
        <source>Add remote server</source>
        <translation>إضافة خادم بعيد</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Save changes to the selected remote server</source>
        <translation>حفظ التغييرات على الخادم البعيد المحدد</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected remote server</source>
        <translation>إزالة الخادم البعيد المحدد</translation>
    </message>
    <message>
        <source>Remote server problem</source>
        <translation>مشكلة في الخادم البعيد</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>عنوان URL</translation>
    </message>
    <message>
        <source>Allowed tools</source>
        <translation>الأدوات المسموح بها</translation>
    </message>
    <message>
        <source>Why remote MCP servers are unavailable</source>
        <translation>سبب عدم توفر خوادم MCP البعيدة</translation>
    </message>
</context>
<context>
    <name>ReplyRun</name>
    <message>
        <source>Queued…</source>
        <translation>في قائمة الانتظار…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>جارٍ الكتابة…</translation>
    </message>
    <message>
        <source>Calling a tool…</source>
        <translation>جارٍ استدعاء أداة…</translation>
    </message>
    <message>
        <source>Waiting for a tool&apos;s output…</source>
        <translation>في انتظار مخرجات أداة…</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Starting the assistant&apos;s tools…</source>
        <extracomment>the MCP tools a reply of an assistant offers (listed from its granted servers) asks the person whether an MCP tool call may run (None: the question was taken back) saves an assistant whose grants changed (&quot;Always allow this tool&quot;) added to the assistant&apos;s instructions on every request of this reply (the thread&apos;s folder&apos;s) Stop came before the server took the request (the question goes back to the input)</extracomment>
        <translation>جارٍ تشغيل أدوات المساعد…</translation>
    </message>
    <message>
        <source>Sending the tool output…</source>
        <translation>جارٍ إرسال مخرجات الأداة…</translation>
    </message>
    <message>
        <source>Running {name}…</source>
        <translation>جارٍ تشغيل {name}…</translation>
    </message>
    <message>
        <source>Waiting for the output of {name}…</source>
        <translation>في انتظار مخرجات {name}…</translation>
    </message>
    <message>
        <source>Running {name} on {server_name}…</source>
        <translation>جارٍ تشغيل {name} على {server_name}…</translation>
    </message>
    <message>
        <source>Waiting for your approval of {tool_name}…</source>
        <translation>في انتظار موافقتك على {tool_name}…</translation>
    </message>
    <message>
        <source>Nobody could be asked to approve it.</source>
        <translation>لم يمكن طلب الموافقة من أحد.</translation>
    </message>
</context>
<context>
    <name>S:</name>
    <message>
        <source></source>
        <comment>a Qt date format (MMM = the month&apos;s short name, d = the day): &quot;Nov 3&quot;</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>SamplingControl</name>
    <message>
        <source>Model default</source>
        <translation>افتراضي النموذج</translation>
    </message>
    <message>
        <source>{label}: use the model&apos;s default</source>
        <translation>{label}: استخدام القيمة الافتراضية للنموذج</translation>
    </message>
    <message>
        <source>Leave {label} unset so the model&apos;s default applies</source>
        <translation>ترك {label} دون تعيين لتُطبَّق القيمة الافتراضية للنموذج</translation>
    </message>
    <message>
        <source>{label} slider</source>
        <translation>منزلق {label}</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>Validate</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Validate {label}</source>
        <translation>التحقّق من {label}</translation>
    </message>
    <message>
        <source>Check that this is valid JSON and a valid JSON schema</source>
        <translation>التحقق من أن هذا JSON صالح ومخطط JSON صالح</translation>
    </message>
    <message>
        <source>Insert template</source>
        <translation>إدراج قالب</translation>
    </message>
    <message>
        <source>Insert a template into {label}</source>
        <translation>إدراج قالب في {label}</translation>
    </message>
    <message>
        <source>Replace the text with an example schema to start from</source>
        <translation>استبدال النص بمخطط مثال للبدء منه</translation>
    </message>
    <message>
        <source>{label} check result</source>
        <translation>نتيجة التحقّق من {label}</translation>
    </message>
</context>
<context>
    <name>ServerBlock</name>
    <message>
        <source>{name}: all its tools</source>
        <translation>{name}: كل أدواته</translation>
    </message>
    <message>
        <source>Use all tools of {name}</source>
        <translation>استخدام كل أدوات {name}</translation>
    </message>
    <message>
        <source>The assistant may use every tool this server offers, now and later</source>
        <translation>يمكن للمساعد استخدام كل أداة يقدّمها هذا الخادم، الآن ولاحقًا</translation>
    </message>
    <message>
        <source>Show tools</source>
        <translation>إظهار الأدوات</translation>
    </message>
    <message>
        <source>Show the tools of {name}</source>
        <translation>إظهار أدوات {name}</translation>
    </message>
    <message>
        <source>Lists the server&apos;s tools; this starts the server if it is not running</source>
        <translation>يسرد أدوات الخادم؛ ويشغّل الخادم إن لم يكن يعمل</translation>
    </message>
    <message>
        <source>Run read-only tools without asking</source>
        <translation>تشغيل أدوات القراءة فقط دون سؤال</translation>
    </message>
    <message>
        <source>Run read-only tools of {name} without asking</source>
        <translation>تشغيل أدوات القراءة فقط لـ {name} دون سؤال</translation>
    </message>
    <message>
        <source>Tools the server marks as read-only run without asking for approval</source>
        <translation>الأدوات التي يصنفها الخادم للقراءة فقط تعمل دون طلب موافقة</translation>
    </message>
    <message>
        <source>Tools of {name}</source>
        <translation>أدوات {name}</translation>
    </message>
    <message>
        <source>Show tools to choose single tools (this starts the server).</source>
        <translation>اعرض الأدوات لاختيار أدوات بعينها (يشغّل هذا الخادم).</translation>
    </message>
    <message>
        <source>Starting the server and listing its tools…</source>
        <translation>جارٍ تشغيل الخادم وسرد أدواته…</translation>
    </message>
    <message>
        <source>It lists no tools.</source>
        <translation>لا يعرض أي أدوات.</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Local program</source>
        <translation>برنامج محلي</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان ويب</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>أقسام الإعدادات</translation>
    </message>
    <message>
        <source>Choose a section (Up and Down keys)</source>
        <translation>اختر قسمًا (مفتاحا الأعلى والأسفل)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>ملفات التعريف</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>السلوك</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>الأسعار</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>{title} settings</source>
        <translation>إعدادات {title}</translation>
    </message>
    <message>
        <source>Settings section</source>
        <translation>قسم الإعدادات</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>تصفية الاختصارات</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>التصفية حسب الإجراء أو المفتاح</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>الاختصارات</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <source>Sidebar</source>
        <translation>الشريط الجانبي</translation>
    </message>
</context>
<context>
    <name>SlashPicker</name>
    <message>
        <source>Saved prompts</source>
        <translation>الموجّهات المحفوظة</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter inserts, Esc closes</source>
        <translation>الأعلى والأسفل للاختيار، وEnter للإدراج، وEsc للإغلاق</translation>
    </message>
</context>
<context>
    <name>SourceWords</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>لا مصادر</numerusform>
            <numerusform>مصدر واحد</numerusform>
            <numerusform>مصدران</numerusform>
            <numerusform>%n مصادر</numerusform>
            <numerusform>%n مصدرًا</numerusform>
            <numerusform>%n مصدر</numerusform>
        </translation>
    </message>
    <message>
        <source>▾ Hide sources</source>
        <translation>▾ إخفاء المصادر</translation>
    </message>
    <message>
        <source>▸ Show sources</source>
        <translation>▸ إظهار المصادر</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync shares your threads list, assistants and the messages of threads kept only on this computer through a folder that a sync tool you already use (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive, a network share) copies between your devices. No server of ours; API keys never go there.</source>
        <translation>تشارك المزامنة قائمة محادثاتك ومساعديك ورسائل المحادثات المحفوظة على هذا الحاسوب فقط عبر مجلد تنسخه بين أجهزتك أداة مزامنة تستخدمها بالفعل (Syncthing أو Nextcloud أو Dropbox أو iCloud Drive أو OneDrive أو مجلد مشترك على الشبكة). لا خادم لنا في ذلك؛ ولا تذهب مفاتيح API إلى هناك أبدًا.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>مجلد المزامنة</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>اختيار مجلد المزامنة</translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation>اسم هذا الجهاز</translation>
    </message>
    <message>
        <source>How the other devices list this one</source>
        <translation>الاسم الذي تعرض به الأجهزة الأخرى هذا الجهاز</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إي&amp;قاف مؤقت</translation>
    </message>
    <message>
        <source>Stop sharing changes for now</source>
        <translation>إيقاف مشاركة التغييرات مؤقتًا</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>Check the folder now</source>
        <translation>فحص المجلد الآن</translation>
    </message>
    <message>
        <source>&amp;Leave sync</source>
        <translation>م&amp;غادرة المزامنة</translation>
    </message>
    <message>
        <source>Stop syncing this computer; its data stays</source>
        <translation>إيقاف مزامنة هذا الحاسوب؛ تبقى بياناته</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>الم&amp;جلد</translation>
    </message>
    <message>
        <source>This &amp;device</source>
        <translation>&amp;هذا الجهاز</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>لا مزامنة</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>اس&amp;تئناف</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>never</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name} (هذا الجهاز)</translation>
    </message>
    <message>
        <source>{name} — last update {when}</source>
        <translation>{name} — آخر تحديث: {when}</translation>
    </message>
</context>
<context>
    <name>SyncQuestions</name>
    <message>
        <source>Choose the sync folder</source>
        <translation>اختيار مجلد المزامنة</translation>
    </message>
    <message>
        <source>Leave sync</source>
        <translation>مغادرة المزامنة</translation>
    </message>
    <message>
        <source>Stop syncing this computer?</source>
        <translation>إيقاف مزامنة هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>Everything stays here, and the other devices keep what this one shared. Changes made from now on are not shared.</source>
        <translation>يبقى كل شيء هنا، وتحتفظ الأجهزة الأخرى بما شاركه هذا الجهاز. أما التغييرات التي تُجرى من الآن فصاعدًا فلا تُشارَك.</translation>
    </message>
    <message>
        <source>&amp;Leave sync</source>
        <translation>م&amp;غادرة المزامنة</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>Sync is waiting: {reason}</source>
        <extracomment>a check this often, in case the file watcher hears nothing (network shares often do not tell) a check this long after the last change the watcher heard (a sync tool writes a few files at once)</extracomment>
        <translation>المزامنة في الانتظار: {reason}</translation>
    </message>
    <message>
        <source>Sync is waiting: the sync folder could not be read or written ({reason}).</source>
        <translation>المزامنة في الانتظار: تعذّرت القراءة من مجلد المزامنة أو الكتابة فيه ({reason}).</translation>
    </message>
    <message>
        <source>Up to date; last checked at {time}.</source>
        <translation>محدَّثة؛ آخر فحص في {time}.</translation>
    </message>
    <message>
        <source>Some changes from other devices are still arriving.</source>
        <translation>لا تزال بعض التغييرات من الأجهزة الأخرى في الطريق.</translation>
    </message>
    <message>
        <source>Items edited here were deleted on another device; your edits are kept in the backup {path}.</source>
        <translation>حُذفت على جهاز آخر عناصر عُدّلت هنا؛ تعديلاتك محفوظة في النسخة الاحتياطية {path}.</translation>
    </message>
    <message>
        <source>Sync is off. Choose a folder that your sync tool replicates to turn it on.</source>
        <translation>المزامنة متوقفة. اختر مجلدًا تنسخه أداة المزامنة لديك لتشغيلها.</translation>
    </message>
    <message>
        <source>Sync is paused. Changes are kept here and shared when you resume.</source>
        <translation>المزامنة متوقفة مؤقتًا. تُحفظ التغييرات هنا وتُشارَك عند الاستئناف.</translation>
    </message>
    <message>
        <source>Syncing through {folder}…</source>
        <translation>جارٍ المزامنة عبر {folder}…</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>ThreadActionsViewModel</name>
    <message>
        <source>This thread belongs to another profile, so its server copy can only be deleted with that profile&apos;s key.</source>
        <translation>تنتمي هذه المحادثة إلى ملف تعريف آخر، لذا لا يمكن حذف نسختها على الخادم إلا بمفتاح ذلك الملف.</translation>
    </message>
    <message>
        <source>Thread not deleted</source>
        <translation>لم تُحذف المحادثة</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>حُذفت «{title}»</translation>
    </message>
    <message>
        <source>Thread not exported</source>
        <translation>لم تُصدَّر المحادثة</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}</source>
        <translation>صُدِّرت «{title}» إلى {path}</translation>
    </message>
    <message>
        <source>Thread not imported</source>
        <translation>لم تُستورد المحادثة</translation>
    </message>
    <message>
        <source>Stop the reply being written before deleting this thread.</source>
        <translation>أوقف الردّ الجاري كتابته قبل حذف هذه المحادثة.</translation>
    </message>
    <message>
        <source>The local copy could not be deleted.</source>
        <translation>تعذّر حذف النسخة المحلية.</translation>
    </message>
    <message>
        <source>The thread was not exported.</source>
        <translation>لم تُصدَّر المحادثة.</translation>
    </message>
    <message>
        <source>{name} was not imported.</source>
        <translation>لم يُستورد {name}.</translation>
    </message>
</context>
<context>
    <name>ThreadBanner</name>
    <message>
        <source>Thread notice</source>
        <translation>تنبيه المحادثة</translation>
    </message>
</context>
<context>
    <name>ThreadDelegate</name>
    <message>
        <source>not on server</source>
        <translation>ليست على الخادم</translation>
    </message>
    <message>
        <source>Thread title</source>
        <translation>عنوان المحادثة</translation>
    </message>
    <message>
        <source>Type a new title; Enter saves, Esc cancels</source>
        <translation>اكتب عنوانًا جديدًا؛ Enter يحفظ وEsc يلغي</translation>
    </message>
</context>
<context>
    <name>ThreadDialogs</name>
    <message>
        <source>Delete local copy only</source>
        <translation>حذف النسخة المحلية فقط</translation>
    </message>
    <message>
        <source>BelugaDesk thread (*.json)</source>
        <translation>محادثة BelugaDesk (*.json)</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>حذف المحادثة</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>حذف «{title}»؟</translation>
    </message>
    <message>
        <source>on the server and on this computer</source>
        <translation>على الخادم وعلى هذا الحاسوب</translation>
    </message>
    <message>
        <source>here</source>
        <translation>هنا</translation>
    </message>
    <message>
        <source>The thread is deleted {where}. This cannot be undone; Archive keeps it instead.</source>
        <translation>تُحذف المحادثة {where}. لا يمكن التراجع عن ذلك؛ الأرشفة تحتفظ بها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Thread not deleted</source>
        <translation>لم تُحذف المحادثة</translation>
    </message>
    <message>
        <source>“{title}” could not be deleted on the server; the local copy was kept.</source>
        <translation>تعذّر حذف «{title}» على الخادم؛ واحتُفظ بالنسخة المحلية.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export thread</source>
        <translation>تصدير المحادثة</translation>
    </message>
    <message>
        <source>Import thread from JSON</source>
        <translation>استيراد محادثة من JSON</translation>
    </message>
</context>
<context>
    <name>ThreadFiles</name>
    <message>
        <source>The file {path} could not be written ({error}).</source>
        <extracomment>why the server&apos;s copy could not be deleted (the local copy was kept); &quot;&quot; when deleted</extracomment>
        <translation>تعذّرت الكتابة في الملف {path} ({error}).</translation>
    </message>
    <message>
        <source>The file {path} is too large to be a thread export.</source>
        <translation>الملف {path} أكبر من أن يكون تصدير محادثة.</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({error}).</source>
        <translation>تعذّرت قراءة الملف {path} ({error}).</translation>
    </message>
</context>
<context>
    <name>ThreadGroup</name>
    <message>
        <source>Pinned</source>
        <translation>المثبَّتة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>المؤرشفة</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>Deleted on the server; the local copy is kept.</source>
        <translation>حُذفت على الخادم؛ وبقيت النسخة المحلية.</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <extracomment>the MIME type of threads dragged from the list: their local ids, one per line (UTF-8) an inline edit (F2) asked for a new title: (thread id, title); the view-model persists it</extracomment>
        <translation>حُدِّثت {time}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} د</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} س</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>No matches for “{query}”</source>
        <translation>لا نتائج لـ«{query}»</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>match: {snippet}</source>
        <translation>تطابق: {snippet}</translation>
    </message>
    <message>
        <source>title matches</source>
        <translation>العنوان يطابق</translation>
    </message>
    <message>
        <source>updated {time}</source>
        <translation>حُدِّثت {time}</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>مثبَّتة</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>حُذفت على الخادم</translation>
    </message>
</context>
<context>
    <name>ThreadListPanel</name>
    <message>
        <source>Search threads</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <source>Search every thread&apos;s title and messages (Ctrl+K)</source>
        <translation>البحث في عناوين ورسائل كل المحادثات (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>بحث (Ctrl+K)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <source>Show thread filters</source>
        <translation>إظهار عوامل تصفية المحادثات</translation>
    </message>
    <message>
        <source>Filter the threads by assistant, or also list archived ones</source>
        <translation>تصفية المحادثات حسب المساعد، أو عرض المؤرشفة أيضًا</translation>
    </message>
    <message>
        <source>Filter threads by assistant</source>
        <translation>تصفية المحادثات حسب المساعد</translation>
    </message>
    <message>
        <source>Show the threads of one assistant only</source>
        <translation>إظهار محادثات مساعد واحد فقط</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>إظهار ال&amp;مؤرشفة</translation>
    </message>
    <message>
        <source>Show archived threads</source>
        <translation>إظهار المحادثات المؤرشفة</translation>
    </message>
    <message>
        <source>Also list archived threads (in their own group)</source>
        <translation>عرض المحادثات المؤرشفة أيضًا (في مجموعة خاصة بها)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Thread list problem</source>
        <translation>مشكلة في قائمة المحادثات</translation>
    </message>
    <message>
        <source>&amp;Search threads</source>
        <translation>ال&amp;بحث في المحادثات</translation>
    </message>
    <message>
        <source>&amp;Open thread by id…</source>
        <translation>&amp;فتح محادثة بالمعرّف…</translation>
    </message>
    <message>
        <source>&amp;Import thread from JSON…</source>
        <translation>&amp;استيراد محادثة من JSON…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to folder…</source>
        <translation>&amp;نقل إلى مجلد…</translation>
    </message>
    <message>
        <source>Move the selected (or open) thread to a folder</source>
        <translation>نقل المحادثة المحدَّدة (أو المفتوحة) إلى مجلد</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>المحا&amp;دثات</translation>
    </message>
    <message>
        <source>Thread actions</source>
        <translation>إجراءات المحادثة</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة ت&amp;سمية</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>إلغاء ال&amp;تثبيت</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;تثبيت</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>إلغاء الأ&amp;رشفة</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>أ&amp;رشفة</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>تصدير بتنسيق &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>تصدير ب&amp;تنسيق JSON…</translation>
    </message>
    <message>
        <source>&amp;Copy remote id</source>
        <translation>&amp;نسخ المعرّف البعيد</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Copied {id}</source>
        <translation>نُسخ {id}</translation>
    </message>
    <message>
        <source>All assistants</source>
        <translation>كل المساعدين</translation>
    </message>
</context>
<context>
    <name>ThreadListView</name>
    <message>
        <source>Open the thread</source>
        <translation>فتح المحادثة</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Pin or unpin</source>
        <translation>تثبيت أو إلغاء التثبيت</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Thread menu (export, archive, …)</source>
        <translation>قائمة المحادثة (تصدير، أرشفة، …)</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>مفتاح القائمة أو Shift+F10</translation>
    </message>
</context>
<context>
    <name>ThreadListViewModel</name>
    <message>
        <source>The thread list could not be loaded.</source>
        <extracomment>only the threads in these folders (an empty list: in no folder; None: every thread)</extracomment>
        <translation>تعذّر تحميل قائمة المحادثات.</translation>
    </message>
    <message>
        <source>Search failed.</source>
        <translation>فشل البحث.</translation>
    </message>
    <message>
        <source>The thread could not be changed.</source>
        <translation>تعذّر تغيير المحادثة.</translation>
    </message>
    <message>
        <source>A thread needs a title.</source>
        <translation>تحتاج المحادثة إلى عنوان.</translation>
    </message>
</context>
<context>
    <name>ThreadResumeViewModel</name>
    <message>
        <source>This thread no longer exists on the server; the local copy is kept.</source>
        <translation>لم تعد هذه المحادثة موجودة على الخادم؛ وبقيت النسخة المحلية.</translation>
    </message>
    <message>
        <source>This thread belongs to another profile, so it is shown read-only from the local copy: this profile&apos;s key cannot continue it. Switch to that profile to continue it.</source>
        <translation>تنتمي هذه المحادثة إلى ملف تعريف آخر، لذا تُعرض للقراءة فقط من النسخة المحلية: لا يمكن لمفتاح ملف التعريف هذا متابعتها. بدّل إلى ذلك الملف لمتابعتها.</translation>
    </message>
    <message>
        <source>This is a local copy with no thread on the server (for example an imported duplicate), so it can be read but not continued.</source>
        <translation>هذه نسخة محلية بلا محادثة على الخادم (مثل نسخة مستوردة مكررة)، لذا يمكن قراءتها لكن لا يمكن متابعتها.</translation>
    </message>
    <message>
        <source>This thread was made with the {backend} API, so it is shown read-only from the local copy: the active profile uses the {active} API.</source>
        <translation>أُنشئت هذه المحادثة بواجهة {backend}، لذا تُعرض للقراءة فقط من النسخة المحلية: يستخدم ملف التعريف النشط واجهة {active}.</translation>
    </message>
    <message>
        <source>Paste a thread id.</source>
        <translation>الصق معرّف محادثة.</translation>
    </message>
    <message>
        <source>A thread id has no spaces.</source>
        <translation>لا يحتوي معرّف المحادثة على مسافات.</translation>
    </message>
    <message>
        <source>“{text}” is an id of the {other} API; the active profile uses the {active} API, whose thread ids start with “{prefix}”.</source>
        <translation>«{text}» معرّف لواجهة {other}؛ يستخدم ملف التعريف النشط واجهة {active}، التي تبدأ معرّفات محادثاتها بـ«{prefix}».</translation>
    </message>
    <message>
        <source>A {api} API thread id starts with “{prefix}” (for example {prefix}abc123).</source>
        <translation>يبدأ معرّف محادثة واجهة {api} بـ«{prefix}» (مثلًا {prefix}abc123).</translation>
    </message>
    <message>
        <source>The history could not be reloaded from the server; showing the local copy. {error}</source>
        <translation>تعذّرت إعادة تحميل السجل من الخادم؛ تُعرض النسخة المحلية. {error}</translation>
    </message>
    <message>
        <source>The history could not be saved.</source>
        <translation>تعذّر حفظ السجل.</translation>
    </message>
    <message>
        <source>{error} Showing the local copy.</source>
        <translation>{error} تُعرض النسخة المحلية.</translation>
    </message>
    <message>
        <source>Thread not opened</source>
        <translation>لم تُفتح المحادثة</translation>
    </message>
    <message>
        <source>The thread {remote_id} could not be opened.</source>
        <translation>تعذّر فتح المحادثة {remote_id}.</translation>
    </message>
    <message>
        <source>Thread {remote_id}</source>
        <translation>المحادثة {remote_id}</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Notification</source>
        <translation>إشعار</translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <source>Run {tool_name}?</source>
        <translation>تشغيل {tool_name}؟</translation>
    </message>
    <message>
        <source>Approve a tool call</source>
        <translation>الموافقة على استدعاء أداة</translation>
    </message>
    <message>
        <source>The assistant wants to run &lt;b&gt;{tool}&lt;/b&gt; on the remote MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>يريد المساعد تشغيل &lt;b&gt;{tool}&lt;/b&gt; على خادم MCP البعيد &lt;b&gt;{server}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The assistant wants to run &lt;b&gt;{tool}&lt;/b&gt; on the MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>يريد المساعد تشغيل &lt;b&gt;{tool}&lt;/b&gt; على خادم MCP &lt;b&gt;{server}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The server says this tool only reads.</source>
        <translation>يقول الخادم إن هذه الأداة للقراءة فقط.</translation>
    </message>
    <message>
        <source>What the assistant wants to run</source>
        <translation>ما يريد المساعد تشغيله</translation>
    </message>
    <message>
        <source>&amp;Arguments (you may edit them)</source>
        <translation>ال&amp;وسائط (يمكنك تعديلها)</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>Arguments check</source>
        <translation>فحص الوسائط</translation>
    </message>
    <message>
        <source>&amp;Message to the assistant if you deny (optional)</source>
        <translation>&amp;رسالة إلى المساعد عند الرفض (اختياري)</translation>
    </message>
    <message>
        <source>Message to the assistant</source>
        <translation>رسالة إلى المساعد</translation>
    </message>
    <message>
        <source>Allow &amp;once</source>
        <translation>السماح &amp;مرة واحدة</translation>
    </message>
    <message>
        <source>Run this call</source>
        <translation>تشغيل هذا الاستدعاء</translation>
    </message>
    <message>
        <source>Allow for this &amp;thread</source>
        <translation>السماح في هذه ال&amp;محادثة</translation>
    </message>
    <message>
        <source>Run this tool&apos;s calls in this conversation without asking</source>
        <translation>تشغيل استدعاءات هذه الأداة في هذه المحادثة دون سؤال</translation>
    </message>
    <message>
        <source>Al&amp;ways allow this tool</source>
        <translation>السماح &amp;دائمًا بهذه الأداة</translation>
    </message>
    <message>
        <source>Never ask again for this tool (saved in the assistant)</source>
        <translation>عدم السؤال مجددًا عن هذه الأداة (يُحفظ في المساعد)</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;منع</translation>
    </message>
    <message>
        <source>Do not run it; the assistant is told</source>
        <translation>لا تشغّلها؛ سيُبلَّغ المساعد</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON صالح.</translation>
    </message>
</context>
<context>
    <name>ToolOutputDialog</name>
    <message>
        <source>Type or paste the output the function returned.</source>
        <translation>اكتب أو الصق المخرجات التي أعادتها الدالة.</translation>
    </message>
    <message>
        <source>Not valid JSON ({problem}, line {line}); it will be sent as plain text.</source>
        <translation>ليس JSON صالحًا ({problem}، السطر {line})؛ سيُرسل نصًا عاديًا.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON صالح.</translation>
    </message>
    <message>
        <source>Output of {name}</source>
        <translation>مخرجات {name}</translation>
    </message>
    <message>
        <source>Function call output</source>
        <translation>مخرجات استدعاء الدالة</translation>
    </message>
    <message>
        <source>The assistant called the function &lt;b&gt;{name}&lt;/b&gt;. Run it yourself and give its output; the reply continues with it.</source>
        <translation>استدعى المساعد الدالة &lt;b&gt;{name}&lt;/b&gt;. شغّلها بنفسك وقدّم مخرجاتها؛ يكمل الردّ بها.</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>ال&amp;وسائط</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>ال&amp;مخرجات</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>المخرجات</translation>
    </message>
    <message>
        <source>For example {&quot;temperature&quot;: 21, &quot;unit&quot;: &quot;C&quot;}</source>
        <translation>مثال: {&quot;temperature&quot;: 21, &quot;unit&quot;: &quot;C&quot;}</translation>
    </message>
    <message>
        <source>Output hint</source>
        <translation>تلميح المخرجات</translation>
    </message>
    <message>
        <source>&amp;Send output</source>
        <translation>إ&amp;رسال المخرجات</translation>
    </message>
    <message>
        <source>Send output</source>
        <translation>إرسال المخرجات</translation>
    </message>
    <message>
        <source>Send this output to the assistant (Ctrl+Enter)</source>
        <translation>إرسال هذه المخرجات إلى المساعد (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Tell the assistant the function was not run</source>
        <translation>إبلاغ المساعد بأن الدالة لم تُشغَّل</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Close; the call keeps waiting (Esc)</source>
        <translation>إغلاق؛ يظل الاستدعاء منتظرًا (Esc)</translation>
    </message>
</context>
<context>
    <name>ToolRow</name>
    <message>
        <source>Ask first</source>
        <translation>السؤال أولًا</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>السماح دائمًا</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>استخدام {name}</translation>
    </message>
    <message>
        <source>Approval for {name}</source>
        <translation>الموافقة على {name}</translation>
    </message>
    <message>
        <source>Ask before each call, or let calls of this tool run without asking</source>
        <translation>السؤال قبل كل استدعاء، أو ترك استدعاءات هذه الأداة تعمل دون سؤال</translation>
    </message>
</context>
<context>
    <name>ToolsDialogs</name>
    <message>
        <source>Remove MCP server</source>
        <translation>إزالة خادم MCP</translation>
    </message>
    <message>
        <source>Remove the MCP server “{name}”?</source>
        <translation>إزالة خادم MCP «{name}»؟</translation>
    </message>
    <message>
        <source>It is stopped, and its secrets are removed from the keyring.</source>
        <translation>سيُوقف، وتُزال أسراره من سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>إزالة الخادم</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>MCP servers give assistants tools. Add a server here, then choose which assistant may use its tools in the assistant&apos;s form (Tools from MCP servers). Every call is shown to you before it runs.</source>
        <translation>تمنح خوادم MCP المساعدين أدوات. أضف خادمًا هنا، ثم اختر في نموذج المساعد (أدوات خوادم MCP) أي مساعد يمكنه استخدام أدواته. يُعرض عليك كل استدعاء قبل تشغيله.</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>خوادم MCP</translation>
    </message>
    <message>
        <source>Selected server</source>
        <translation>الخادم المحدد</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Add an MCP server</source>
        <translation>إضافة خادم MCP</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Change the selected server</source>
        <translation>تغيير الخادم المحدد</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove the selected server</source>
        <translation>إزالة الخادم المحدد</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>ا&amp;ختبار</translation>
    </message>
    <message>
        <source>Start the selected server and list its tools</source>
        <translation>تشغيل الخادم المحدد وسرد أدواته</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>إعادة ال&amp;تشغيل</translation>
    </message>
    <message>
        <source>Stop the selected server and start it again</source>
        <translation>إيقاف الخادم المحدد وتشغيله من جديد</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>No server yet: Add one.</source>
        <translation>لا يوجد خادم بعد: أضف واحدًا.</translation>
    </message>
</context>
<context>
    <name>VariableRow</name>
    <message>
        <source>{what} name</source>
        <translation>اسم {what}</translation>
    </message>
    <message>
        <source>{what} value</source>
        <translation>قيمة {what}</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>سرّي</translation>
    </message>
    <message>
        <source>{what} is a secret</source>
        <translation>{what} سرّي</translation>
    </message>
    <message>
        <source>Keep the value in the system keyring, never in the settings file</source>
        <translation>حفظ القيمة في سلسلة مفاتيح النظام، وليس في ملف الإعدادات أبدًا</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>إزالة {what}</translation>
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation>إزالة هذا العنصر: {what}</translation>
    </message>
</context>
<context>
    <name>VariablesEditor</name>
    <message>
        <source>Add {what}</source>
        <translation>إضافة {what}</translation>
    </message>
</context>
<context>
    <name>VariablesForm</name>
    <message>
        <source>Fill in the prompt</source>
        <translation>ملء الموجّه</translation>
    </message>
    <message>
        <source>“{title}” has blanks to fill in before it goes into the message box.</source>
        <translation>في «{title}» فراغات يجب ملؤها قبل أن يدخل مربع الرسالة.</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <source>Insert the prompt</source>
        <translation>إدراج الموجّه</translation>
    </message>
</context>
<context>
    <name>VectorStoresViewModel</name>
    <message>
        <source>Loading vector stores…</source>
        <translation>جارٍ تحميل مخازن المتجهات…</translation>
    </message>
    <message>
        <source>Could not list vector stores.</source>
        <translation>تعذّر سرد مخازن المتجهات.</translation>
    </message>
    <message>
        <source>No vector stores yet: create one.</source>
        <translation>لا توجد مخازن متجهات بعد: أنشئ واحدًا.</translation>
    </message>
    <message>
        <source>Name the new vector store.</source>
        <translation>سمِّ مخزن المتجهات الجديد.</translation>
    </message>
    <message>
        <source>Creating “{name}”…</source>
        <translation>جارٍ إنشاء «{name}»…</translation>
    </message>
    <message>
        <source>Could not create the vector store.</source>
        <translation>تعذّر إنشاء مخزن المتجهات.</translation>
    </message>
    <message>
        <source>Created {label}.</source>
        <translation>أُنشئ {label}.</translation>
    </message>
    <message>
        <source>New vector store</source>
        <translation>مخزن متجهات جديد</translation>
    </message>
    <message>
        <source>Name of the new vector store:</source>
        <translation>اسم مخزن المتجهات الجديد:</translation>
    </message>
    <message>
        <source>Add files to the vector store</source>
        <translation>إضافة ملفات إلى مخزن المتجهات</translation>
    </message>
    <message>
        <source>Choose or create a vector store first.</source>
        <translation>اختر مخزن متجهات أو أنشئ واحدًا أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>لا ملفات للرفع…</numerusform>
            <numerusform>جارٍ رفع ملف واحد…</numerusform>
            <numerusform>جارٍ رفع ملفين…</numerusform>
            <numerusform>جارٍ رفع %n ملفات…</numerusform>
            <numerusform>جارٍ رفع %n ملفًا…</numerusform>
            <numerusform>جارٍ رفع %n ملف…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the files.</source>
        <translation>تعذّرت إضافة الملفات.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s) to {store}.</source>
        <translation>
            <numerusform>لم يُضف أي ملف إلى {store}.</numerusform>
            <numerusform>أُضيف ملف واحد إلى {store}.</numerusform>
            <numerusform>أُضيف ملفان إلى {store}.</numerusform>
            <numerusform>أُضيفت %n ملفات إلى {store}.</numerusform>
            <numerusform>أُضيف %n ملفًا إلى {store}.</numerusform>
            <numerusform>أُضيف %n ملف إلى {store}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewModel</name>
    <message>
        <source>{failure} Unexpected error: {error}</source>
        <translation>{failure} خطأ غير متوقع: {error}</translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>منذ أقل من دقيقة</numerusform>
            <numerusform>منذ دقيقة</numerusform>
            <numerusform>منذ دقيقتين</numerusform>
            <numerusform>منذ %n دقائق</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>منذ أقل من ساعة</numerusform>
            <numerusform>منذ ساعة</numerusform>
            <numerusform>منذ ساعتين</numerusform>
            <numerusform>منذ %n ساعات</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_BadgeWords</name>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>لا دوال</numerusform>
            <numerusform>دالة واحدة</numerusform>
            <numerusform>دالتان</numerusform>
            <numerusform>%n دوال</numerusform>
            <numerusform>%n دالةً</numerusform>
            <numerusform>%n دالة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_CompareWords</name>
    <message numerus="yes">
        <source>Keep all: each of the %n thread(s) is listed with its prompt and reply. Discard: they are deleted here and on the server.</source>
        <translation>
            <numerusform>الاحتفاظ بالكل: لا توجد محادثات. تجاهل: لا يُحذف شيء.</numerusform>
            <numerusform>الاحتفاظ بالكل: تُدرج المحادثة مع موجّهها وردّها. تجاهل: تُحذف هنا وعلى الخادم.</numerusform>
            <numerusform>الاحتفاظ بالكل: تُدرج كلٌّ من المحادثتين مع موجّهها وردّها. تجاهل: تُحذفان هنا وعلى الخادم.</numerusform>
            <numerusform>الاحتفاظ بالكل: تُدرج كل محادثة من المحادثات الـ %n مع موجّهها وردّها. تجاهل: تُحذف كلها هنا وعلى الخادم.</numerusform>
            <numerusform>الاحتفاظ بالكل: تُدرج كل محادثة من الـ %n محادثةً مع موجّهها وردّها. تجاهل: تُحذف كلها هنا وعلى الخادم.</numerusform>
            <numerusform>الاحتفاظ بالكل: تُدرج كل محادثة من الـ %n محادثة مع موجّهها وردّها. تجاهل: تُحذف كلها هنا وعلى الخادم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_LeftOutWords</name>
    <message numerus="yes">
        <source>%n tool call(s)</source>
        <translation>
            <numerusform>لا استدعاءات أدوات</numerusform>
            <numerusform>استدعاء أداة واحد</numerusform>
            <numerusform>استدعاءا أداة</numerusform>
            <numerusform>%n استدعاءات أدوات</numerusform>
            <numerusform>%n استدعاءً للأدوات</numerusform>
            <numerusform>%n استدعاء للأدوات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) made by a tool</source>
        <translation>
            <numerusform>لا صور أنشأتها أداة</numerusform>
            <numerusform>صورة واحدة أنشأتها أداة</numerusform>
            <numerusform>صورتان أنشأتهما أداة</numerusform>
            <numerusform>%n صور أنشأتها أداة</numerusform>
            <numerusform>%n صورةً أنشأتها أداة</numerusform>
            <numerusform>%n صورة أنشأتها أداة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>لا ملفات مرفقة</numerusform>
            <numerusform>ملف مرفق واحد</numerusform>
            <numerusform>ملفان مرفقان</numerusform>
            <numerusform>%n ملفات مرفقة</numerusform>
            <numerusform>%n ملفًا مرفقًا</numerusform>
            <numerusform>%n ملف مرفق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views.assistants.field</name>
    <message>
        <source>{field_name} error</source>
        <translation>خطأ في {field_name}</translation>
    </message>
</context>
</TS>
