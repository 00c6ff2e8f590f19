"""Table-driven tests per claim category, written the way a compliance reviewer reads copy.

Each invalid case names the words where the prohibited claim starts (``at``); the expected
line and column are computed from the case's own text. Valid cases include the ordinary Arabic
and English phrases that share letters with a claim (shared/ARABIC.md §3).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from dealix_site.lint.compile import CompiledPolicy
from dealix_site.lint.policy import CATEGORY_IDS

from ._support import claim_locs, claims, hidden, lint, pos


@dataclass(frozen=True)
class Invalid:
    text: str
    at: str  # where the claim starts
    nth: int = 0  # which occurrence of ``at``
    kind: str = "md"


GUARANTEED = "guaranteed-results"
SCRAPING = "scraping"
AUTOMATION = "full-automation"
APPROVAL = "approval-bypass"
COMPETITOR = "competitor-attack"
LEGAL = "legal-financial-promise"
MEDICAL = "medical-language"
SPEED = "exaggerated-speed"

INVALID: dict[str, list[Invalid]] = {
    GUARANTEED: [
        Invalid("> «ضمنوا لنا عشرين عميل جديد كل شهر، وصار!»", "ضمنوا"),  # past, with its object: not "within"
        Invalid("مع Dealix الصفقات مكفولة كل شهر.", "مكفولة"),
        Invalid("Dealix is completely risk-free.", "risk-free"),
        Invalid("مبيعاتك بتتضاعف — أكيد، مو احتمال.", "بتتضاعف"),
        Invalid("Not only do we promise demos, we promise they'll turn into signed deals.", "promise", 1),
        Invalid("فبضمانتنا، صفقاتك بتزيد أو ما تدفع ولا ريال.", "فبضمانتنا"),  # ة + pronoun as ت
        Invalid("كلهم حققوا مستهدفاتهم من أول سنة، وأنت بعد بتحققها.", "وأنت"),
        Invalid("نَضْمَنُ في كل ربع صفقات جديدة لفريقك.", "نَضْمَنُ"),  # no shadda: a guarantee
        Invalid("نضمّن لك صفقات كل شهر.", "نضمّن"),  # a shadda alone does not make it "include"
        Invalid("نتعهد لك بأن تحقق شركتك مبيعات أعلى من العام الماضي.", "نتعهد"),
        Invalid("Dealix is a foolproof way to grow your pipeline.", "foolproof"),
        Invalid("There is no way your reps won't hit quota this year.", "There"),
        Invalid("With Dealix your team will always outsell last quarter.", "always"),
        Invalid("في باقة النمو نضمن لك عشرين صفقة شهرياً.", "نضمن"),
        Invalid("## الباقة الذهبية\nمع Dealix ستحصل على عملاء مضمونين من أول شهر.", "مضمونين"),
        Invalid("كل باقة تشمل ضمان كامل للنتائج.", "ضمان"),
        Invalid("بعد التفعيل نكفل لك زيادة المبيعات في الربع الأول.", "نكفل"),
        Invalid("مع Dealix تحقق أرباحاً مؤكدة كل شهر.", "أرباحاً"),
        Invalid("Our growth plan comes with guaranteed revenue.", "guaranteed"),
        Invalid("Sign up today.\nYou are assured to close more deals every quarter.", "assured"),
        Invalid("With Dealix you will definitely hit your quota.", "will"),
        Invalid("Intro\n\nThe onboarding is simple, and we promise more meetings by spring.", "promise"),
        # An English term right after an Arabic article or a hyphen still starts a claim.
        Invalid("مع باقة النمو تحصل على الـguaranteed results كل شهر.", "guaranteed"),
        Invalid("Our AI-guaranteed pipeline fills itself.", "guaranteed"),
        Invalid("Put Dealix on your pipeline and you will close more deals this quarter.", "you will close"),
        Invalid("Bulletproof results on every campaign.", "Bulletproof"),
        Invalid("اشترك وأنت مطمّن، الخسارة مو واردة أصلاً مع Dealix.", "الخسارة"),
        Invalid("لو ما تضاعفت اجتماعاتك خلال شهرين، نكمل نشتغل لك ببلاش.", "لو"),
        Invalid("السؤال مو هل مبيعاتك بتزيد مع Dealix، السؤال كم بتزيد.", "السؤال"),
        Invalid("وهو ما نلتزم بتحقيقه لكل عملائنا.", "نلتزم"),
        Invalid("They promised us a 3x pipeline in six months and put it in writing.", "promised"),
        Invalid("Book 30 meetings in your first quarter, or we keep working for free until you do.", "keep"),
        Invalid("ما راح تخسر ولا ريال مع Dealix.", "ما راح"),
    ],
    SCRAPING: [
        Invalid("فديلكس يستخلص أرقام الشركات من Google Maps ومن مواقعها الإلكترونية تلقائياً.", "يستخلص"),
        Invalid("أداة Dealix تمسح خرائط قوقل وتطلع لك أرقام كل المحلات.", "تمسح"),
        Invalid("البوت يدخل قروبات التليجرام ويصدّر أرقام الأعضاء كلها.", "قروبات"),
        Invalid("عندك منافس؟ فنسحبلك قائمة عملائه من موقعه.", "فنسحبلك"),  # dialect لـ attached to the verb
        Invalid("We purchase verified lists of CFOs from a data vendor.", "purchase"),
        Invalid("نؤجّر لك قوائم عملاء جاهزة حسب القطاع والمدينة.", "نؤجّر"),
        Invalid("Contact data pack: 10k records from our broker partners.", "our broker"),
        Invalid("استأجر قوائم عملاء محدثة شهرياً حسب القطاع.", "استأجر"),
        Invalid("Every plan includes a database of 500,000 verified decision-makers' emails.", "database"),
        Invalid("نجمع لك من سجلات الحضور أرقام كل من زار الجناح.", "نجمع"),
        Invalid("في كل موسم نجمع لك أرقام الجوالات من المعارض والمؤتمرات.", "نجمع"),
        Invalid("نستخدم الكشط لبناء قوائم العملاء المحتملين.", "الكشط"),
        Invalid("فريقنا\nيسحب إيميلات المهتمين من لينكدإن كل أسبوع.", "يسحب"),
        Invalid("Our crawler visits every business directory in the Gulf.", "crawler"),
        Invalid("Each morning we harvest emails from public profiles.", "harvest"),
        Invalid("Step 2:\nbuy verified contact lists from our partners.", "buy"),
        Invalid("فريقنا يعمل الscrape لكل الأدلة التجارية.", "scrape"),
        Invalid("The Chrome extension can lift one off any LinkedIn search page.", "lift"),
        Invalid("حط رابط أي قروب، ونرجّع لك ملف فيه ايميلات كل الأعضاء.", "ايميلات"),
        Invalid("We don't need to ask: our data partners already sold them to us.", "sold"),
        Invalid("زورونا وشاهدوا كيف يلتقط Dealix بيانات الحضور من صفحات الفعاليات.", "يلتقط"),
        Invalid("Bulk lead database: 2.4 million decision-makers, ready to export.", "Bulk"),
        Invalid("Open any Instagram profile and it captures every visible email and phone number.", "captures"),
        Invalid("عندنا data من brokers موثوقين، نأجّرك إياها شهرياً.", "من"),
        Invalid("We license 20k decision-maker contacts from third-party brokers.", "license"),
        Invalid("تحصل مجاناً على ٥٠٠٠ جهة اتصال مستأجرة من شركائنا.", "جهة"),
        Invalid("Dealix enriches your list with personal mobiles from third-party data vendors.", "enriches"),
        Invalid("نقطف أرقام المحلات من خرائط قوقل ونرتبها لك.", "نقطف"),
    ],
    AUTOMATION: [
        Invalid("ديلكس ليس مجرد أداة مساعدة، بل بديل كامل عن مندوبي المبيعات في شركتك.", "بديل"),
        Invalid("استغنِ عن الـ sales team: Dealix يؤدي عمل خمسة SDRs.", "استغنِ"),  # الـ, then a space
        Invalid("Fire your SDR team: Dealix does the rest.", "Fire"),
        Invalid("نام وخل Dealix يبيع عنك.", "وخل"),
        Invalid("استغنت الشركة عن أربعة من مندوبي المبيعات لأن Dealix صار يقوم بعملهم.", "استغنت"),
        Invalid("Meet your new AI SDR: it books, follows up and negotiates.", "AI SDR"),
        Invalid("خلاص ما تحتاج سيلز، السيستم يسوي كل شي لوحده.", "ما تحتاج"),
        Invalid("يحل Dealix محل فريق المبيعات بالكامل.", "يحل"),
        Invalid("The best SDR of the year is a bot that never needs a manager.", "never"),
        Invalid("منصة مبيعات ذاتية التشغيل بالكامل، لا تحتاج إلى أي موظف.", "ذاتية"),
        Invalid("الـ agent يدير الـ pipeline بدون أي human.", "بدون"),
        Invalid("المساعد يرد على العملاء ويفاوضهم لوحده.", "يرد"),
        Invalid("المتابعة تتم بدون أي تدخل بشري.", "بدون"),
        Invalid("نقدم أتمتة كاملة لكل مراحل البيع.", "أتمتة"),
        Invalid("مزايا المنصة:\nالبوت يرد على العملاء ويقفل الصفقات تلقائياً.", "البوت"),
        Invalid("Put your outreach on autopilot.", "autopilot"),
        Invalid("Get fully automated follow-ups.", "fully"),
        Invalid("Why hire?\nClose deals while you sleep.", "while"),
        Invalid("Our sales bot closes deals from the first message.", "bot"),
        Invalid("لا داعي لموظفي المبيعات بعد اليوم.", "لا داعي"),
        Invalid("تمثل المنصة بديلاً يغني المنشآت عن توظيف فرق المبيعات.", "يغني"),
        Invalid("خلاص لا عاد توظف مندوبين، ديلكس يبيع عنك.", "لا عاد"),
        Invalid("We let our BDRs go and Dealix handles everything now.", "let"),
        Invalid("Why hire five SDRs when you can hire Dealix once?", "Why"),
        Invalid("يعمل النظام المقترح دون أدنى تدخل بشري.", "دون"),
        Invalid("لن تحتاج لأي موظف مبيعات بعد اليوم.", "لن"),
        Invalid("# Your pipeline runs itself", "pipeline"),
        Invalid("We switched Dealix on in January and haven't touched a single message since.", "haven't"),
        Invalid("Dealix هو البديل الكامل لمندوب المبيعات.", "البديل"),
        Invalid("استغنِ عن نصف فريق المبيعات مع Dealix.", "استغنِ"),
        Invalid("ديلكس يدير مبيعاتك كاملة أوتوماتيك وأنت مرتاح.", "يدير"),
        Invalid("باختصار: تركّب ديليكس وتسرّح نص فريق المبيعات.", "وتسرّح"),
        Invalid("يستغني عملاؤنا عن فرق المبيعات بالكامل بعد تفعيل المنصة.", "يستغني"),
        Invalid("اضبطه مرة وحدة وانساه؛ Dealix يكمّل المشوار مع عملائك.", "وانساه"),
    ],
    APPROVAL: [
        Invalid("عند تفعيل خيار «الثقة الكاملة» يتجاوز النظام قائمة الاعتماد، ويرسل المسودات مباشرة.", "يتجاوز"),
        Invalid("I can send this campaign right now, without you having to approve each message.", "without"),
        Invalid("Smart Approve: Dealix approves its own drafts when confidence is above 90%.", "approves"),
        Invalid("ما يحتاج تشيك على الرسايل، Dealix يرسلها أول ما تجهز.", "ما يحتاج"),
        Invalid("الردود تنرسل مباشرة للعميل بدون ما يحتاج أحد يوافق عليها.", "الردود"),
        Invalid("نتصرف باسمك في المحادثات ونعتمد الردود عنك.", "ونعتمد"),
        Invalid("فعّل له خيار الإرسال التلقائي من لوحة الإدارة.", "فعّل"),
        Invalid("Bulk send 500 messages without reviewing each draft.", "without"),
        Invalid("تقدر تطفي خيار الموافقة نهائياً والنظام يرسل عنك.", "تطفي"),
        Invalid("يحق للوكالة إرسال الرسائل متى ما رأت ذلك مناسباً.", "رأت"),
        # (The claim starts at the condition: a timeout that turns silence into a send.)
        Invalid("إذا ما رديت على طلب الاعتماد خلال ساعة، نرسل الرسالة تلقائياً.", "إذا"),
        Invalid("If a draft waits more than a day, Dealix treats it as approved and sends it.", "treats"),
        Invalid("Upload any list and message every number. Opt-in not required.", "Opt-in"),
        Invalid("Our assistant never waits for your sign-off before the email goes out.", "never"),
        Invalid("Turn on auto-send and offers leave as soon as they are written.", "auto-send"),
        Invalid("المنصة ترسل العرض قبل ما توافق عليه لتوفر وقتك.", "ترسل"),
        Invalid("نرسل باسمك دون انتظار موافقتك.", "نرسل"),
        Invalid("نرسل العروض لعملائك بدون موافقتك.", "بدون"),
        Invalid("في الحملات العاجلة نتجاوز الموافقة ونرسل مباشرة.", "نتجاوز"),
        Invalid("خطوات الإطلاق:\n1. نعتبر صمتك موافقة ونبدأ الإرسال.", "نعتبر"),
        Invalid("Messages go out without your approval.", "without"),
        Invalid("Campaigns are auto-approved so nothing waits.", "auto-approved"),
        Invalid("Urgent offers?\nSkip the approval step and send faster.", "Skip"),
        Invalid("Reps have no need to ask their manager before sending.", "no"),
        Invalid("تقدر تقفّل خطوة المراجعة وتخلّي الرسائل تطلع مباشرة.", "تقفّل"),
        Invalid("Bulk-send 5,000 LinkedIn messages without approving a single one.", "without"),
        Invalid("Every future draft is sent without anyone checking it.", "without"),
        Invalid("إذا ما رد المستشار خلال ساعتين، يرسل Dealix الرسالة نيابة عنه.", "يرسل"),
        Invalid("Turn on Trust Mode and Dealix sends the second a draft is ready.", "sends"),
        Invalid("ما يميّز Dealix أنه يرد نيابةً عنك بدون انتظار اعتمادك.", "بدون"),
        Invalid("تقدر الحين تتخطى خطوة الـ approval وترسل الـ follow-ups على طول.", "تتخطى"),
        Invalid("You'll never have to approve a message again.", "You'll"),
        Invalid("Dealix will send your queued drafts without waiting for your team's approval.", "without"),
        Invalid("وضع «الثقة الكاملة» يعتمد الرسائل ويرسلها نيابةً عنك.", "يعتمد"),
        Invalid("Approval-first? More like approval-optional.", "approval-optional"),
        Invalid("Preheader: Dealix ships every message straight to your prospects.", "ships"),
        Invalid("Bypass manager sign-off and push campaigns live from the draft screen.", "Bypass"),
        Invalid("يلتزم المورد بالإرسال الآلي عبر واتساب دون اشتراط موافقة مسبقة من الجهة.", "دون"),
        Invalid("ديليكس يرد على الواتساب باسمك ويتصرف حسب ما يشوفه مناسب.", "ويتصرف"),
    ],
    COMPETITOR: [
        Invalid("ذكّرهم بأن منافسينا المحليين هواة لا يُعتمد عليهم.", "هواة"),
        Invalid("أنظمة إدارة العملاء الأخرى غالية وما تسوى شي.", "وما"),
        Invalid("Pipedrive? Their product is a joke.", "Their"),
        Invalid("Most CRM vendors rip customers off with hidden fees.", "rip"),
        Invalid("الوكالات الأخرى مجرد نصابين.", "نصابين"),
        Invalid("برامج المنافسين قديمة وتضيع وقت فريقك.", "قديمة"),
        Invalid("تقارير الأداء\nوكالات التسويق يضحكون عليك بتقارير فارغة.", "يضحكون"),
        # The competitor is named by the table's column header or row label, or by a short
        # question just before: the cell or the answer is about it.
        Invalid("| | Dealix | المنافس (أ) |\n|---|---|---|\n| الدعم | خلال يوم عمل | بطيء وفاشل |", "بطيء"),
        Invalid("| Tool | Verdict |\n|---|---|\n| Other CRMs | clunky and overpriced |", "clunky"),
        Invalid("Salesforce؟ معقد وغالي وما يفهم السوق السعودي.", "وما يفهم"),
        Invalid("Still on HubSpot? Bloated, and you pay for every seat.", "Bloated"),
        Invalid("Honestly, other agencies are a scam.", "scam"),
        Invalid("HubSpot is clunky and slow.", "clunky"),
        Invalid("We answer the phone, unlike the lazy agencies you tried.", "unlike"),
        Invalid("Why pay more?\nLegacy CRM vendors are crooks.", "crooks"),
        Invalid("Still on HubSpot? Our condolences.", "Our condolences"),
        Invalid("Salesforce is what your dad's sales team used.", "your dad's"),
        Invalid("كنا نستخدم منصة منافسة كانت كارثية ومليئة بالثغرات.", "كارثية"),
        Invalid("<tr><td>HubSpot</td><td>Overpriced and useless for Saudi teams</td></tr>", "Overpriced", kind="html"),
        Invalid("بينما ينشغل المنافسون بتسريب بيانات عملائهم، يحمي Dealix بياناتك.", "بتسريب"),
        Invalid("خلك من ذاك البرنامج الأجنبي، وايد خايس.", "خايس"),
        Invalid("اترك برنامجك القديم المعفّن وتعال لديلكس.", "المعفّن"),
        Invalid("Don't settle for cheap knock-offs.", "knock-offs"),
        Invalid("Still paying for Salesforce? That's money thrown in the bin.", "thrown in the bin"),
        Invalid("لا تقع ضحية الشركات المحتالة التي تدّعي أنها منصات ذكية.", "المحتالة"),
    ],
    LEGAL: [
        Invalid("وسنعوضكم عن أي غرامة تفرضها الجهات الرقابية.", "وسنعوضكم"),
        Invalid("Dealix makes you legally untouchable.", "legally"),
        Invalid("ما يطلع عليك أي مستحق ضريبي إضافي أبداً، وهذا علينا.", "وهذا علينا"),
        Invalid("Every riyal you put into Dealix comes back as five riyals.", "Every"),
        Invalid("أي غرامة من سدايا ندفعها نحن.", "أي"),
        Invalid("مع Dealix ما راح تنخالف أبداً في حماية البيانات.", "ما راح"),
        Invalid("Send through Dealix and you're legally covered.", "legally covered"),
        Invalid("Dealix معتمد من البنك المركزي السعودي كمنصة مبيعات.", "معتمد"),
        Invalid("If a regulator ever fines you, we'll cover the fine in full.", "we'll"),
        Invalid("With Dealix, tax penalties are a thing of the past.", "penalties"),
        Invalid("المنصة متوافقة مع جميع الأنظمة، ولا غرامات بعد اليوم.", "متوافقة"),
        Invalid("تسترد قيمة اشتراكك خلال شهر واحد.", "تسترد"),
        Invalid("Each riyal spent on Dealix returns 5 in new business.", "Each"),
        Invalid("إحنا نتحمل عنك المسؤولية أمام الجهات.", "نتحمل"),
        Invalid("اشترك الآن بدون أي مخاطر قانونية.", "بدون"),
        Invalid("نقدم عائد مضمون على كل ريال تستثمره.", "عائد"),
        Invalid("Dealix\nمعتمد حكومياً لجميع أنواع الحملات.", "معتمد"),
        Invalid("نقدم لك عائداً مضموناً على اشتراكك.", "عائداً"),
        Invalid("With Dealix your legal exposure is zero.", "legal"),
        Invalid("The subscription pays for itself in a month.", "pays"),
        Invalid("Get a 10x return on your subscription.", "10x"),
        Invalid("Our legal review\nmeans you will never be fined under the PDPL.", "never"),
        Invalid("مع Dealix انسَ هاجس المخالفات إلى الأبد.", "انسَ"),
        Invalid("ما فيه جهة رقابية تقدر تخالفك وأنت على Dealix.", "ما فيه"),
        Invalid("Using Dealix makes your outreach 100% legal in every GCC country.", "100%"),
        Invalid("PDPL fines? That's a line item you'll never see again.", "you'll never see"),
        Invalid("ما عليك إلا تشترك، ونحن نتكفّل بأي غرامة تفرضها الجهات عليك.", "نتكفّل"),
        Invalid("Because Dealix hosts in-Kingdom, your company is legally shielded from any data claim.", "legally"),
        Invalid("Our invoicing means your business will never face a tax audit again.", "never"),
        Invalid("استثمارك في Dealix مردوده ثابت: ثلاثة أضعاف خلال ستة شهور.", "مردوده"),
        Invalid("ترى الاشتراك يخفض عليك الزكاة والضريبة أكيد.", "يخفض"),
        Invalid("لو صار أي نزاع نتحمّل عنك كل التبعات القانونية.", "نتحمّل"),
        Invalid("Dealix is 100% tax-deductible for every Saudi company.", "100%"),
        Invalid("Expect a steady monthly profit of SAR 50,000 per sales rep.", "steady"),
        Invalid("Tax-proof your sales operation with Dealix.", "Tax-proof"),
        Invalid("نتعهد بأن رسوم الاشتراك قابلة للخصم الضريبي بالكامل.", "قابلة"),
        Invalid("أكدت الشركة أن عملاءها في مأمن تام من أي مساءلة قانونية.", "في"),
    ],
    MEDICAL: [
        # A diagnosis made of the sales is a metaphor.
        Invalid("We diagnose your sales pipeline and prescribe the fix.", "diagnose"),
        Invalid("نشخّص مبيعاتك ونعطيك العلاج.", "نشخّص"),
        Invalid("وبوصفتنا الخاصة تتعافى مبيعاتك من الركود.", "وبوصفتنا"),  # وصفة + نا
        Invalid("## Dealix هو العلاج لمشكلة ضياع العملاء", "العلاج"),  # not «علاج مشكلة», "fixing a problem"
        Invalid("Dealix is the pipeline detox your team needs.", "detox"),
        Invalid("نعيد لمبيعاتك عافيتها من جديد.", "نعيد"),
        Invalid("Dealix هو العلاج السحري لمبيعاتك.", "العلاج"),
        Invalid("هل فريق المبيعات عندك ميت من الداخل؟", "فريق"),
        Invalid("نقدم جرعة يومية من المتابعات لفريقك.", "جرعة"),
        Invalid("قسم المبيعات\nيحتاج إلى إنعاش، وDealix هو الحل.", "إنعاش"),
        Invalid("Our onboarding is the cure for a stalled pipeline.", "cure"),
        Invalid("A daily dose of follow-ups for your team.", "dose"),
        Invalid("Burned out?\nWe treat the chronic fatigue of your sales reps.", "treat"),
        Invalid("جراحة خط المبيعات: كيف يستأصل Dealix الفرص المتعثرة.", "جراحة"),
        Invalid("حبّة وحدة من Dealix الصبح، وتودّع صداع المتابعات.", "حبّة"),
        Invalid("Think of Dealix as physiotherapy for a stiff sales process.", "physiotherapy"),
        Invalid("يصف Dealix لشركتك جرعة يومية من الرسائل المدروسة.", "جرعة"),
        Invalid("Vaccinate your pipeline against churn.", "Vaccinate"),
        Invalid("Our AI surgeon cuts out dead leads.", "surgeon"),
        Invalid("Dealix بلسم لمبيعات الشركات الصغيرة.", "بلسم"),
    ],
    SPEED: [
        Invalid("وأكدت الشركة أن منصتها هي الأسرع في العالم في تحويل العملاء المحتملين إلى عقود.", "الأسرع"),
        Invalid("وبسرعتنا الخارقة، فستُغلق صفقاتك كلها في اليوم نفسه.", "في"),
        Invalid("Customers saw their sales cycles shrink from months to hours.", "from"),
        Invalid("صفقاتٌ جديدةٌ خلالَ أربعٍ وعشرينَ ساعةً من التفعيل.", "صفقاتٌ"),  # a compound number in words
        Invalid("Dealix is faster than any other CRM in the region.", "faster"),
        Invalid("أسرع منصة مبيعات في الشرق الأوسط والعالم.", "أسرع"),
        Invalid("Go live today, then watch signed deals roll in by lunchtime.", "by lunchtime"),
        Invalid("فعّل الحساب واستقبل الصفقات قبل الغداء.", "قبل", nth=1),  # not the قبل inside واستقبل
        Invalid("تتضاعف مبيعاتك بين عشية وضحاها.", "بين"),
        Invalid("You won't wait longer than a day for your first customer.", "won't"),
        # A duration next to an outcome: the claim starts at the outcome when it comes first.
        Invalid("عملاء جدد خلال 24 ساعة من التفعيل.", "عملاء"),
        Invalid("نحقق لك صفقات بلمح البصر.", "بلمح"),
        Invalid("الخطوة الأولى\nاحجز ٣ اجتماعات خلال ١٠ دقائق.", "اجتماعات"),
        Invalid("Get deals instantly after signup.", "instantly"),
        Invalid("See new meetings in minutes.", "in minutes"),
        Invalid("Onboarding\n\nClose 10x faster than before.", "10x"),
        Invalid("ما هي إلا ساعات وتشوف العقود توصلك.", "ما هي"),
        Invalid("ديلكس أسرع من البرق، تسجل وتقفل أول صفقة.", "أسرع"),
        Invalid("ليش تنتظر شهور؟ النتائج تبدأ من الدقيقة الأولى.", "من الدقيقة"),
        Invalid("تبدأ الجهة في إغلاق صفقات جديدة في غضون ساعات من توقيع العقد.", "في غضون"),
        Invalid("| المرحلة | التوقيت |\n|---|---|\n| أول صفقة | خلال ٢٤ ساعة من التفعيل |", "خلال"),
        Invalid("Days? Weeks? Try minutes.", "Try minutes"),
        Invalid("افتح هذا البريد وشوف مبيعاتك تقفز قبل نهاية اليوم.", "تقفز"),
        Invalid("وترى هذا الطبيعي مع Dealix: العقود تتوقّع خلال يومين من التشغيل.", "خلال"),
        Invalid("اشترك اليوم وتشوف الفلوس من بكرة.", "وتشوف"),
        Invalid("لن تنتظر أكثر من ساعة لترى أول صفقة مغلقة.", "لن"),
        Invalid("<span title=\"Plan details\">Day-one revenue</span>", "Day-one", kind="html"),
        # (a visible attribute is copy too)
        Invalid("<span title=\"Revenue from day one\">Plan details</span>", "Revenue", kind="html"),
        Invalid("Give me 60 seconds and I'll fill your pipeline for the quarter.", "60"),
        Invalid("Scan the QR and get your first closed deal before you leave the expo hall.", "before you leave"),
        Invalid("ما في أسرع منا في الشرق الأوسط كله.", "ما في"),
        Invalid("ما نحتاج أسابيع تدريب: مبيعاتك تتضاعف في أول يوم.", "تتضاعف"),
        Invalid("**How long until I see revenue?**\nMinutes, not months.", "Minutes,"),
        Invalid("من صفر إلى عشرين صفقة في أسبوع واحد.", "من صفر"),
    ],
}

VALID: dict[str, list[str]] = {
    GUARANTEED: [
        "يكفل نظام حماية البيانات الشخصية لصاحب البيانات حق الاطلاع عليها.",
        "ستواجه حتماً أياماً يقل فيها تجاوب العملاء، وسجل المتابعة يساعدك.",
        "**30-day money-back guarantee** on your first annual subscription.",
        "لا شك أن المتابعة المنتظمة ترفع فرص الرد، لكننا لا نضمن رقماً محدداً.",
        "Regular follow-up improves your chances of a reply.",
        # A product's warranty; «نضمّن» with its shadda is "we include".
        "عميلك يبيع مكيفات بضمان خمس سنوات؟ Dealix يكتب مدة الضمان كما يحددها فريقك.",
        "نضمّن رابط إلغاء الاشتراك بكل رسالة تسويقية.",
        "وقد تضمن العرض التجريبي ثلاث جلسات تدريب لفريق المبيعات.",
        "A bank's SME unit uses Dealix to follow up on letters of guarantee.",
        "We guarantee that customer content for Saudi workspaces is stored in the Kingdom.",
        "تقرير شهري يوضح كل رسالة انرسلت، مضمونها، ومن اعتمدها.",
        "وتراجع فرق العميل مضمون كل رسالة قبل اعتمادها.",
        "We guarantee that your data stays in Saudi Arabia, backups included.",
        "نضمن حذف بياناتك من أنظمتنا خلال 30 يوماً من إنهاء الاشتراك.",
        "That is our uptime guarantee: service credits if we miss 99.9%.",
        "نُضَمِّنُ في كل تقرير أسبوعي ملخصاً للفرص الجديدة.",  # نضمّن "we include": the shadda tells
        "المضمون أهم من الشكل؛ رسالة قصيرة أفضل من قالب مزخرف.",
        "تضمّن التحديث الأخير صلاحية جديدة للحملات الكبيرة.",  # form V "included", with its shadda
        "نلتزم بحماية بيانات عملائك وفق نظام حماية البيانات الشخصية.",
        "We always reply to support tickets within one business day.",
        "هذه الميزة ضمن الخطة الأساسية، ومن ضمن الباقات الثلاث.",
        "العرض يتضمن ثلاث رسائل متابعة، وتتضمن كل رسالة رابط الإلغاء.",
        "راجع مضمون الرسالة قبل اعتمادها.",
        "نراجع كل مسودة لضمان الجودة.",
        "نقبل خطابات الضمان الصادرة من البنوك المحلية.",
        "يتكامل Dealix مع أنظمة الرواتب والضمان الاجتماعي.",
        "نضم فريقك إلى المنصة في يوم واحد، والباقة تضم ثلاث أدوات.",
        "We help you follow up every opportunity; results depend on your market.",
        "We guarantee your privacy: your data never leaves Saudi Arabia.",
        "Pilot outcomes are non-guaranteed: they depend on your market and your team.",
        "ينص البند السابع على أن يضمن الطرف الأول توفير بيئة اختبار مستقلة.",
        "ستبني الأدوات التي تضمن تطبيق إعدادات الاحتفاظ والحذف.",
        "لن تخسر مسوداتك إذا انقطع الاتصال.",
        "مضمون حملتك، من العنوان إلى الدعوة لاتخاذ إجراء، يبقى تحت سيطرتك.",
        "تضمّن هذا الإصدار تحسينات على صندوق الموافقات.",
        "Price-lock guarantee: your subscription rate won't change for 12 months.",
    ],
    SCRAPING: [
        "Ramadan is harvest season for many retailers: plan your follow-ups early.",
        "Scraping the last bit of kunafa off the tray at our Ramadan ghabga.",
        "The link checker crawls our docs every night to find broken links.",
        "Set the Prometheus scrape interval to 30s for the API job.",
        "ويحصل كل شريك على دورة تأهيل قصيرة عن حماية البيانات.",
        "A warning shows when many rows share one consent date, which often indicates a purchased list.",
        "Weekly summary emails land every Sunday at 9am Riyadh time.",
        "كيف تجمع موافقة جهات الاتصال بطريقة نظامية",
        "Our site uses rate limiting to stop third parties from scraping our content.",
        "- Collect brand tone notes and three example emails they liked.",
        "تعتمد النتائج على عوامل منها قرارات جهات الشراء وعدد أرقام التواصل المتاحة.",
        "خصم 25٪ للجمعيات غير الربحية بعد التحقق من رقم الترخيص.",
        "If a sync breaks, we scrape together a workaround and tell you when the fix ships.",
        "نجمع لك الملاحظات من فريقك في تقرير واحد.",
        "بياناتك تبقى ملكك، ويمكنك تصديرها متى شئت.",
        "Export your data anytime as CSV.",
        "Collect feedback from customers after each call.",
        "In our first year we barely scraped by.",
        "يتعهد المورد بالمحافظة على سرية المعلومات التي يطّلع عليها.",
        "كل العملاء اللي سألوك يطلعون في قائمة وحدة.",
        "يجمع الاستفسارات من رقم واتساب المعرض والنماذج المربوطة.",
        "ويذكّر الوسيط العقاري بموعد كل متابعة في قائمة واحدة.",
        "Our marketing site allows search-engine crawlers via robots.txt.",
        "Dealix استُخدم لجهات الاتصال في إدارات المشتريات فقط.",
        "كانت العروض تُتابع عبر الواتساب من الجوالات الشخصية للمندوبين.",
        "Scrape-free by design: Dealix only works with contacts you may reach.",
        "ديليكس يطلّع لك الفرص اللي تحتاج متابعة من بياناتك.",
        "Our rollout follows a crawl-walk-run approach: one team first.",
    ],
    AUTOMATION: [
        "They sell autopilot simulator courses to airlines.",
        "Proof Pack يتجمع تلقائياً من السجلات، وما يحتاج أحد ينسخ ويلصق.",
        "Nobody has to copy and paste numbers into a report any more.",
        "Dealix يربط بريدك الإلكتروني وواتساب للأعمال في لوحة وحدة.",
        "من عملائنا بنك يستخدم Dealix في وحدة المنشآت الصغيرة والمتوسطة.",
        "إذا المسودة ما عجبتك عدّلها، والنظام يحفظ التعديلات تلقائياً.",
        "جرّب Dealix 14 يوم على قناة وحدة وبياناتك الحقيقية.",
        "كم فرصة كانت بدون متابعة وصار لها متابعة.",
        "Build fully automated regression tests for the API.",
        "نبني اختبارات مؤتمتة بالكامل لواجهات البرمجة.",
        "مؤشر صحة الحساب من 0 إلى 100 يعتمد على آخر نشاط.",
        "تذكيرات تلقائية بمواعيد المتابعة، وأنت تعتمد كل رسالة.",
        "عدّل المسودة بنفسك قبل الاعتماد.",
        "We run automated tests before every release.",
        "Dealix drafts the messages; you approve every send.",
        "Zero-touch provisioning for enterprise: IT pre-configures SSO.",
        "يُجرى النسخ الاحتياطي يومياً دون تدخل من المستخدم.",
        "استخدام Dealix وحده لا يجعل شركتك ممتثلة للنظام.",
        "Our team prospects, pitches and closes; Dealix drafts the follow-ups.",
        "يُجرى تدوير مفاتيح التشفير دون تدخل بشري وفق جدول زمني محدد.",
        "دون تدخل منك، تُحفظ المسودات تلقائياً كل دقيقة.",
    ],
    APPROVAL: [
        "Reps approve their own drafts before anything is sent.",
        "في نسخة الجوال، اسحب المسودة يمين للاعتماد ويسار للرفض.",
        "Support reads error codes and token status without opening message content.",
        "يشخص فريق الدعم أخطاء الربط دون الاطلاع على محتوى الرسائل.",
        # «تعتمد على» is "relies on".
        "الهدف إن الإدارة تشوف الشغل بدون ما تعتمد على الانطباعات.",
        "| # | نوع التذكرة | الأولوية |\n|---|---|---|\n| 1 | طلب تجاوز الاعتماد | P4 |",
        "Weekly reports are sent to you automatically every Sunday.",
        "نرسل لك التقرير الأسبوعي تلقائياً كل أحد.",
        "Blocked phrases are flagged before review.",
        "Without your approval, nothing is sent.",
        "نرسل لك تذكيراً قبل أن تراجع المسودات المعلقة.",
        "لا يُرسل شيء قبل موافقتك.",
        "بدون موافقتك لا نرسل أي رسالة.",
        "Start without a credit card.",
        "Every message waits for your approval before it is sent.",
        "Approval by a user without permission is rejected.",
        "بعد موافقتك يرسل Dealix الرسالة نيابة عنك.",
        "After you approve, drafts go out as soon as the channel recovers.",
        "| الإرسال دون موافقة | غير متاح إطلاقاً |",
        "Optional: require a second approval for first-touch messages.",
        "See how your WhatsApp draft will render on a phone before you approve it.",
    ],
    COMPETITOR: [
        "فرق مبيعات شاطرة، لكن المتابعة تضيع والتقارير تتجمع يدوياً.",
        "الرسالة اللي تنفع مع صديق ما تنفع مع مشتري في شركة كبيرة.",
        "انقل بياناتك من البرامج والجداول القديمة إلى Dealix.",
        "نقارن المزايا مع الأدوات الأخرى بالحقائق فقط.",
        "Dealix connects to HubSpot and Zoho.",
        # The same words in a table or after a question that is not about a competitor.
        "| الخطوة | الحالة |\n|---|---|\n| ربط الواتساب | بطيء أثناء المزامنة الأولى |",
        "| Report | Note |\n|---|---|\n| Legacy export | outdated, replaced by the Proof Pack |",
        "| | Dealix | المنافس (أ) |\n|---|---|---|\n| الدعم | خلال يوم عمل | خلال يومي عمل |",
        "هل تستخدم Salesforce حالياً وتبغى تنقل بياناتك منه بدون ما تضيع شي من سجلاتك القديمة؟ "
        "جدولك القديم بطيء؟ نساعدك تنقله.",
        "Moving from HubSpot? Bloated spreadsheets of old deals import in one step.",
        "Move your team from outdated spreadsheets to the tools you already use.",
        "المكتب يرد على اللي يقدر، والباقي يضيع.",
        "بخلاف أنظمة CRM التقليدية اللي تركّز على تسجيل البيانات، يركّز Dealix على تنفيذ المتابعة.",
        "| الموافقة قبل الإرسال | إعداد اختياري في بعضها | إلزامية |",
    ],
    LEGAL: [
        "There is no risk-free way to grow revenue, and we won't pretend there is.",
        # «الف» inside «والفواتير» is not a number.
        "Zoho CRM يغطي إدارة العملاء والفواتير، بينما يركز Dealix على المتابعة.",
        "الاشتراك السنوي قابل للاسترداد خلال 14 يوم من الدفع حسب السياسة المنشورة.",
        "يمكنك إلغاء الاشتراك في أي وقت، ويُسترد المبلغ كاملاً إذا ألغيت خلال أول ١٤ يوماً.",
        "Fees are refunded in full if you cancel within 14 days.",
        "نلتزم بنظام حماية البيانات الشخصية ونوثق كل موافقة.",
        "بدون مخاطر على بياناتك: التشفير مفعل دائماً.",
        "See the real figures in your Proof Pack.",
        "Cancel any time; there is no long-term contract.",
        "نعالج بياناتك داخل المملكة وفق نظام حماية البيانات الشخصية.",
    ],
    MEDICAL: [
        "The usual remedy for a Gmail connector timeout is to re-authenticate your Google account.",
        "If we miss the availability commitment, service credits are your sole remedy.",
        "تُعالج رسائل البريد داخل المملكة وفق اتفاقية معالجة البيانات.",
        "A distributor follows up with pharmacy chains about prescription-drug stock orders.",
        "هذا الدليل يساعدك تشخّص السبب وتعالجه بنفسك.",
        "The other party shall allow a thirty-day cure period before terminating.",
        # A diagnosis of a connector or an outage is support work, not medicine.
        "المناوب يبدأ التشخيص ويفتح قناة الحادثة.",
        "Diagnose with read-only access first; request write access only if needed.",
        # A pharmacy chain's own business, and a kitchen recipe, are not metaphors.
        "عند السلسلة فريق يبيع عقود صرف الأدوية والمستلزمات للمجمعات الطبية.",
        "صاغ Dealix رسالة لموزّعي المطعم عن وصفة الكبسة الجديدة.",
        "أداة التشخيص في صفحة الإعدادات تفحص اتصال واتساب للأعمال.",
        "تمت معالجة الخلل، وعلاج مشكلة المزامنة في الإصدار القادم.",
        "# قصة عميل: شركة الشفاء للتجهيزات الطبية",
        "افتح صفحة **تشخيص الربط** إذا ظهر رمز خطأ.",
        "Connector errors now include a diagnostic code that support can look up.",
        "نعالج طلبات الدعم خلال يوم عمل واحد.",
        "Diagnostic logs help our team troubleshoot calendar sync errors.",
        "نستخدم سجل الأخطاء لتشخيص الخلل في الربط.",
        "نعالج الطلبات خلال يوم عمل.",
        "Dealix يخدم شركات توزيع الأدوية والمستشفيات الخاصة.",
        "In the pilot, the treatment group reported less meeting fatigue than the control group.",
        "We treat every customer with respect.",
        "يعالج هذا الإصدار خللاً في عرض التواريخ الهجرية.",
        "أسعار جلسات العلاج الطبيعي أو أوقات عمل العيادة.",
        "نعالجها داخل المملكة وفق نظام حماية البيانات الشخصية.",
        "الـ leads تجي من مصادرك: فورم الموقع أو بطاقات المعارض.",
        "تعالج منصة Dealix البيانات الشخصية وفق نظام حماية البيانات الشخصية.",
        "والوصفة السرية للفطور كانت شاهي أمي.",
        "مطعم من عملائنا نشر وصفة المطازيز في حسابه.",
        "نجهز لعميلنا مسودات رسائل لموردين الأدوية وهم يعتمدونها.",
    ],
    SPEED: [
        "Notifications arrive instantly on your phone when a prospect replies.",
        "للفرص التي طلبت عدم التواصل: تُغلق في القائمة في اليوم نفسه، ولا تُقترح لها أي متابعة.",
        "صرنا نرد على استفسارات العملاء في نفس اليوم بدل ما تنتظر أسبوع.",
        "عند وصول رد فوري من العميل، يقترح Dealix مسودة رد للمراجع.",
        "v4.3: تحميل أسرع لصفحة الـ pipeline (من 3 ثوانٍ إلى أقل من ثانية).",
        "P1 tickets page the on-call engineer immediately and notify the support lead.",
        "This incident was acknowledged within 12 minutes.",
        "يلتزم Dealix بإبلاغ العميل خلال ٧٢ ساعة من اكتشاف أي اختراق.",
        "We notify affected customers within 72 hours of a confirmed breach.",
        "نرسل لك ملخص الأسبوع قبل نهاية الدوام يوم الخميس.",
        "الرد الأول خلال 4 ساعات على طلبات الدعم في أيام العمل.",
        "تنبيهات فورية عند وصول ردود العملاء.",
        "Supports instant messaging with your team.",
        "Dealix sends a reminder every 2 hours until the draft is approved.",
        "نسحب لك تقرير الأداء الأسبوعي كملف PDF بضغطة زر.",
        "Comfortable running a meeting with a sales director on the same day.",
        "صرنا نرد على استفسارات العملاء في نفس اليوم بدل ما تنتظر أسبوع.",
        "جلسة وحدة مدتها ساعة تكفي عادةً لتعلّم الأساسيات.",
    ],
}


def _invalid_params() -> list[pytest.param]:
    return [
        pytest.param(cat, case, id=f"{cat}-{i}")
        for cat, cases in INVALID.items()
        for i, case in enumerate(cases)
    ]


def _valid_params() -> list[pytest.param]:
    return [pytest.param(cat, text, id=f"{cat}-{i}") for cat, texts in VALID.items() for i, text in enumerate(texts)]


def _has_arabic(s: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in s)


def test_tables_cover_every_category_in_both_languages() -> None:
    assert set(INVALID) == set(CATEGORY_IDS) == set(VALID)
    for cat in CATEGORY_IDS:
        assert len(INVALID[cat]) >= 4 and len(VALID[cat]) >= 3, cat
        for texts in ([c.text for c in INVALID[cat]], VALID[cat]):
            assert any(_has_arabic(t) for t in texts), cat
            assert any(not _has_arabic(t) for t in texts), cat


@pytest.mark.parametrize(("category", "case"), _invalid_params())
def test_prohibited_claim_is_found_where_it_starts(policy: CompiledPolicy, category: str, case: Invalid) -> None:
    line, col = pos(case.text, case.at, case.nth)
    result = lint(policy, case.text, case.kind)
    assert claim_locs(result) == [(line, col, category)]
    (finding,) = claims(result)
    assert finding.rule == f"claims/{category}"
    assert finding.severity == "error"
    assert finding.match.startswith(case.at)
    assert finding.message and finding.suggestion


@pytest.mark.parametrize(("category", "text"), _valid_params())
def test_ordinary_copy_is_not_a_claim(policy: CompiledPolicy, category: str, text: str) -> None:
    assert claim_locs(lint(policy, text)) == []


def test_findings_are_in_the_language_of_the_match(policy: CompiledPolicy) -> None:
    ar = claims(lint(policy, "في باقة النمو نضمن لك عشرين صفقة شهرياً."))
    en = claims(lint(policy, "Our growth plan comes with guaranteed revenue."))
    cat = policy.category(GUARANTEED).category
    assert [f.message for f in ar] == [cat.message.ar]
    assert [f.message for f in en] == [cat.message.en]
    assert [f.suggestion for f in en] == [cat.suggestion.en]


def test_several_claims_in_one_file_are_each_reported(policy: CompiledPolicy) -> None:
    text = (
        "# عرض الربع\n"
        "\n"
        "مع Dealix نضمن لك صفقات جديدة.\n"
        "Our crawler visits every directory, and HubSpot is clunky.\n"
    )
    expected = [
        (*pos(text, "نضمن"), GUARANTEED),
        (*pos(text, "crawler"), SCRAPING),
        (*pos(text, "clunky"), COMPETITOR),
    ]
    assert sorted(claim_locs(lint(policy, text))) == sorted(expected)


# --- Evasions (shared/ARABIC.md §1): the claim is still found, at the ORIGINAL text ------


@dataclass(frozen=True)
class Evasion:
    text: str
    match: str  # the original characters the finding must cover, exactly
    category: str
    kind: str = "md"


EVASIONS: dict[str, Evasion] = {
    "diacritics-inside": Evasion("في Dealix نَضْمَن لك صفقات كل شهر.", "نَضْمَن", GUARANTEED),
    "diacritics-final-mark": Evasion("في Dealix نَضْمَنُ لك صفقات كل شهر.", "نَضْمَنُ", GUARANTEED),
    "superscript-alef": Evasion("نقدم عملاء مضمٰونين لكل مشترك.", "مضمٰونين", GUARANTEED),
    "tatweel": Evasion("في Dealix نـضـمـن لك صفقات كل شهر.", "نـضـمـن", GUARANTEED),
    "zero-width-space": Evasion("Every deal is guar\u200banteed by our team.", "guar\u200banteed", GUARANTEED),
    "zwnj-arabic": Evasion("فريقنا نض\u200cمن لك صفقات.", "نض\u200cمن", GUARANTEED),
    "bidi-override": Evasion("فريقنا نض\u202eمن\u202c لك صفقات.", "نض\u202eمن", GUARANTEED),
    "presentation-forms": Evasion(
        "في Dealix \ufee7\ufec0\ufee4\ufee6 لك صفقات.", "\ufee7\ufec0\ufee4\ufee6", GUARANTEED
    ),
    "lam-alef-ligature": Evasion("اشترك الآن ب\ufefb مخاطر قانونية.", "ب\ufefb مخاطر قانونية", LEGAL),
    "persian-yeh": Evasion("فريقنا یضمن لک صفقات شهریة.", "یضمن", GUARANTEED),
    "persian-keheh": Evasion("بعد التفعيل نکفل لک النتائج.", "نکفل", GUARANTEED),
    "letter-variants": Evasion("نقدم مبيعات مضمونة لكل مشترك.", "مبيعات مضمونة", GUARANTEED),
    "alef-hamza": Evasion("نقدم لعملائنا أرباح مؤكدة كل ربع.", "أرباح مؤكدة", GUARANTEED),
    "arabic-indic-digits": Evasion("احجز ٣ اجتماعات خلال ١٠ دقائق.", "اجتماعات خلال ١٠ دقائق", SPEED),
    "extended-digits": Evasion("احجز ۳ اجتماعات خلال ۱۰ دقائق.", "اجتماعات خلال ۱۰ دقائق", SPEED),
    "full-width": Evasion("Every plan is ＧＵＡＲＡＮＴＥＥＤ to work.", "ＧＵＡＲＡＮＴＥＥＤ", GUARANTEED),
    "mathematical-bold": Evasion("Every plan is 𝐠𝐮𝐚𝐫𝐚𝐧𝐭𝐞𝐞𝐝 to work.", "𝐠𝐮𝐚𝐫𝐚𝐧𝐭𝐞𝐞𝐝", GUARANTEED),
    "uppercase": Evasion("Every plan is GUARANTEED to work.", "GUARANTEED", GUARANTEED),
    "cyrillic-homoglyph": Evasion("We guаrantee more deals.", "guаrantee", GUARANTEED),
    "html-decimal-entity": Evasion("<p>Results are &#103;uaranteed.</p>", "&#103;uaranteed", GUARANTEED, "html"),
    "html-hex-entity": Evasion("<p>في Dealix &#x646;ضمن لك صفقات</p>", "&#x646;ضمن", GUARANTEED, "html"),
    "html-entity-word": Evasion(
        "<p>في Dealix &#1606;&#1590;&#1605;&#1606; لك صفقات</p>", "&#1606;&#1590;&#1605;&#1606;", GUARANTEED, "html"
    ),
    "split-word-across-tags": Evasion("<p>Results are <em>guar</em>anteed.</p>", "guar</em>anteed", GUARANTEED, "html"),
    "split-phrase-across-tags": Evasion(
        "<p>نقدم صفقات <strong>مضمونة</strong> لكل عميل</p>", "صفقات <strong>مضمونة", GUARANTEED, "html"
    ),
    "split-compound-across-tags": Evasion(
        "<p>Put your outreach on <b>auto</b>pilot.</p>", "auto</b>pilot", AUTOMATION, "html"
    ),
}


@pytest.mark.parametrize("case", list(EVASIONS.values()), ids=list(EVASIONS))
def test_evasion_still_yields_the_claim_at_the_original_text(policy: CompiledPolicy, case: Evasion) -> None:
    start = case.text.index(case.match)
    line, col = pos(case.text, case.match)
    result = lint(policy, case.text, case.kind)
    found = claims(result)
    assert [(f.line, f.column, f.category) for f in found] == [(line, col, case.category)]
    f = found[0]
    assert f.match == case.match
    assert (f.end_line, f.end_column) == (line, col + len(case.match))
    assert case.text[start : start + len(case.match)] == f.match


def test_evasion_on_a_later_line_keeps_line_and_column(policy: CompiledPolicy) -> None:
    text = "# العروض\n\nنص تمهيدي.\nوفي Dealix نـَضـْمـَن لك صفقات."
    match = "نـَضـْمـَن"
    line, col = pos(text, match)
    (f,) = claims(lint(policy, text))
    assert (f.line, f.column, f.end_line, f.end_column, f.match) == (4, col, 4, col + len(match), match)
    assert line == 4


def test_homoglyph_is_also_a_mixed_script_finding(policy: CompiledPolicy) -> None:
    text = "We guаrantee more deals."
    line, col = pos(text, "guаrantee")
    found = hidden(lint(policy, text))
    assert [(f.rule, f.line, f.column, f.end_column) for f in found] == [
        ("hidden/mixed-script", line, col, col + len("guаrantee"))
    ]
