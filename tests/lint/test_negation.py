"""Negation, NegEx-style (shared/ARABIC.md §4): a denial is allowed copy, but pseudo-negations,
exceptives, relative ما, negatively phrased promises and negations after the claim are claims.
Quoting a prohibited phrase as an example of what not to write is a mention, not a claim."""

from __future__ import annotations

import pytest

from dealix_site.lint.compile import CompiledPolicy
from dealix_site.lint.findings import Finding

from ._support import claim_locs, claims, lint, pos

ALLOWED = {
    "ar-we-dont-guarantee": "لا نضمن نتائج محددة، لكننا نساعدك على المتابعة.",
    "en-we-never-scrape": "We never scrape websites or social networks.",
    "en-dont-guarantee": "We don't guarantee any specific number of deals.",
    "ar-dealix-sends-nothing-without-consent": "Dealix لا يرسل أي رسالة بدون موافقتك.",
    "ar-dialect-circumfix": "ما بنضمنش النتائج، بنساعدك تشتغل عليها.",
    "ar-future-negation": "لن نرسل أي رسالة دون موافقتك.",
    "en-cannot-send-without-approval": "Dealix cannot send messages without your approval.",
    "en-question-answered-no": "Can Dealix send messages without your approval? No. Every message waits for you.",
    "ar-question-answered-no": "هل يرسل Dealix رسائل بدون موافقتك؟ لا، كل رسالة تنتظر اعتمادك.",
    "ar-sentence-denial": "ليس صحيحاً أن Dealix يعالج أمراض فريق المبيعات.",
    "en-sentence-denial": "It's a myth that Dealix closes deals on its own.",
    "ar-mention-dont-write": "لا تكتب «نضمن لك صفقات» في إعلاناتك.",
    "en-mention-never-write": "Never write “guaranteed results” in a proposal.",
    "en-mention-banned-phrase": 'The phrase "risk-free" is banned from our slides.',
    "en-mention-avoid-like": "Avoid phrases like “guaranteed deals” in outreach.",
    "en-does-not": "Dealix does not guarantee revenue.",
    "en-no-one": "No one can guarantee deals, and neither can we.",
    "en-cannot-promise": "We can't promise results, but we promise effort.",
    "ar-dialect-mish": "إحنا مش نضمن لك صفقات، نساعدك تشتغل صح.",
    "ar-cannot": "ما نقدر نضمن لك عدد معين من الصفقات.",
    "ar-never": "لم نعد أي عميل بصفقات، ولن نفعل.",
    # Coordinated clauses, each with its own negation: not a double negation.
    "en-two-denials-joined": "Sales is not a disease and Dealix is not a cure; it's a follow-up tool.",
    "en-denials-joined-does-not": "Dealix is not legal advice and does not make you compliant by itself.",
    # The negation before a list covers its last item.
    "en-negated-list": "Dealix does not negotiate, sign, or reply on its own.",
    "ar-negated-list": "Dealix لا يفاوض، ولا يوقّع، أو يرد من نفسه.",
    # "any" carries the negation over its noun phrase.
    "ar-quantifier": "لن تجد في Dealix أي خاصية لإرسال الرسائل دون مراجعة بشرية.",
    "en-quantifier": "We do not ship any feature that sends messages without your approval.",
    # Denied after the claim.
    "ar-after-cue": "الـ scraping ممنوع عندنا بشكل قاطع.",
    "en-after-cue": "Scraping is banned here, full stop.",
    # A fronted condition with a negated consequence.
    "ar-fronted-condition": "بدون موافقتك، تبقى كل المسودات في قائمة الانتظار ولا تُرسل.",
    "en-fronted-condition": "Without your approval, nothing is sent.",
    # A reported question.
    "en-reported-question": "A prospect once asked if we'd 'guarantee 20 meetings'. We said no.",
    "ar-reported-question": "سألنا إذا كنا نضمن عشرين اجتماعاً، وقلنا لا.",
    # Examples in a table column headed "don't write".
    "ar-table-dont-write": "| ❌ لا تكتب | ✅ اكتب |\n|---|---|\n| \"صفقات فورية\" | \"مسودات جاهزة لمراجعتك\" |\n"
                           "| نضمن لك صفقات | نساعدك على المتابعة |",
    "en-table-avoid": "| Avoid | Say instead |\n|---|---|\n| guaranteed results | help you follow up |",
    # Quoted items of a list introduced as phrases not to use.
    "ar-list-of-phrases": ("قبل النشر، تأكد أن النص لا يحتوي على أي من العبارات التالية:\n"
                           "- «معتمد من ساما»\n- «نضمن لك صفقات»"),
    "en-list-of-phrases": "Never use these phrases in outreach:\n\n1. \"guaranteed results\"\n2. \"fully automated\"",
    # FAQ answers.
    "en-faq-answer-no": ("**Q: Does Dealix scrape LinkedIn or buy lead lists?**\n"
                         "A: No. We work with contacts you already have."),
    "ar-faq-answer-no": "**س: هل يرسل Dealix رسائل بدون موافقتك؟**\nج: لا، كل رسالة تنتظر اعتمادك.",
    "ar-objection-reply": "اعتراض: «تضمنون لي صفقات؟»\nالرد: «لا، ما نضمن. نقدم مسودات وتقريراً أسبوعياً.»",
    "en-objection-answer": "Objection: “Will this replace my SDRs?”\nAnswer: “No. Your SDRs decide what goes out.”",
    "ar-maraah-joined": "ماراح يطلع أي إيميل من حسابك قبل ما تضغط «اعتماد».",
    "ar-dont-write-plural": "تذكير للفريق: لا تكتبون للعميل إن النظام «يجيب صفقات مضمونة».",
    "en-sales-script-reply": 'Prospect: "So this replaces my SDRs?"\nRep: "It doesn\'t. It writes first drafts."',
    "en-inert-consequence": "Without approval, a draft is just a draft.",
    "ar-inert-consequence": "بدون موافقتك، تبقى المسودة مسودة.",
    "ar-wording-meta": "أي جملة تُفهم على أن Dealix يتصرف دون إنسان تناقض المنتج نفسه.",
    "en-negated-middle-item": "We do not scrape, buy, or rent contact lists.",
    "ar-no-such-thing": "ما عندنا شي اسمه نتائج بين يوم وليلة، الموضوع يبي وقت ومتابعة.",
    "en-no-such-thing": "There is no such thing as guaranteed deals.",
    # A question about any tool asserts nothing.
    "en-question-any-tool": "Can any tool close deals for you while you sleep? We'd rather not pretend.",
    "ar-question-any-tool": "هل تستطيع أي أداة أن تضمن لك صفقات؟ سؤال يستحق التفكير.",
    # A dash ends the clause: the negation after it is not a second one for the claim before it.
    "en-dash-clause": "You won't be building scrapers — we don't collect third-party contact data.",
    # A negation inside what would be a gap of the term.
    "en-negation-in-gap": "You can delegate approval to a teammate, but Dealix never sends on its own.",
    "ar-common-mistake": 'من الأخطاء الشائعة كتابة "يشتغل عنك بدون أي تدخل"، وهذا وصف غير صحيح لـ Dealix.',
    # A short aside between commas keeps the negation's reach.
    "en-aside-subject": "At no point does Dealix, or anyone on our team, send messages without your approval.",
    "en-aside-scope": "We do not, under any plan or add-on, scrape social media profiles.",
    "ar-aside": "لا يمكن لأي أداة، ومنها Dealix، أن تضمن لك صفقات.",
    # The last item of a list joined by "or" without a comma before it.
    "en-negated-list-no-comma": "We never scrape groups, and we don't buy, sell or rent contact lists.",
    # A gap in a term does not skip «ما».
    "ar-negation-inside-gap": "Dealix ما يشتغل لحاله. كل رسالة تنتظر موافقة واحد من فريقك.",
    # Denied by what follows, or by the sentence's opening.
    "en-not-available": "Auto-send is not available in Dealix; every message waits for an approver.",
    "ar-answer-we-dont-have": "Auto-send؟ ما عندنا هالخاصية، ولا هي في الخطة.",
    "ar-dont-think-that": "لا تحسب إن Dealix بيسوي الشغل عنك وأنت نايم؛ هو يرتب ويقترح والقرار بيدك.",
    "en-may-not-use": "You may not use Dealix to upload data obtained by scraping third-party websites.",
    "ar-not-our-policy": "ليس من سياستنا إطلاقاً، ولا من طريقة شغلنا، أن نشتري بيانات من وسطاء.",
    "en-incident-report": "If any customer reports a message that went out without approval, treat it as Sev-1.",
    "ar-incident-notice": "إذا لاحظتم أي رسالة أُرسلت دون موافقتكم، فيُرجى إبلاغنا فوراً.",
    # Quoted phrases under "don't describe it as" or "among the banned words".
    "ar-dont-describe": "لا تصف Dealix بأنه «علاج» أو «وصفة» لأي شي.",
    "ar-banned-words-list": "من الكلمات الممنوعة في إعلاناتنا:\n\n- «علاج»\n- «يشفي مبيعاتك»",
    "en-anyone-promises": 'If anyone promises you "guaranteed deals in 24 hours", ask to see their evidence.',
    # Struck-through text is withdrawn copy.
    "ar-struck-example": "- ~~«النتيجة مضمونة لا تشيل هم»~~ ← ما نضمن نتائج.",
    "en-struck-example": '> ~~"We guarantee you\'ll close more deals next year."~~',
    # "there is no … option for …": the negation covers the noun phrase.
    "ar-existential-option": ("لا يوجد في Dealix، لا في الإعدادات ولا في الباقات المتقدمة، "
                              "خيار للإرسال التلقائي بدون موافقة."),
    "ar-aside-la": "ما راح تلقى عندنا، لا اليوم ولا بعدين، أي أداة تسحب أرقام من القروبات.",
    "en-aside-on-any": "At no point, on any plan and under any setting, does Dealix send a message on its own.",
    # Checklists of what copy must not say.
    "en-checklist-no-mention": ("- [ ] No mention of collecting contacts from websites, social networks or "
                                "purchased lists."),
    "en-no-quoted": '- [ ] No "instant results", "overnight", "deals in 24 hours".',
    "en-stop-writing": 'pls stop writing "cure your pipeline" in the ad copy.',
    # An emoji ends a clause: «مو» before it is not a second negation of «ما» after it.
    "ar-emoji-clause": "يا جماعة احنا مو دكاترة 😂 ما عندنا علاج ولا وصفة سحرية.",
    "ar-asked-me": "واحد سألني: تضمنون لي؟ قلت له لا، نوريك الشغل خطوة خطوة.",
    # «غير» well after the claim negates an adjective; it is not "only".
    "ar-ghair-adjective": "ما نستخدم قوائم مشتراة ولا أرقام من مصادر غير معروفة.",
    # An aside opened by «حتى» (folded to حتي in the light view).
    "ar-aside-hatta": "لا نستخدم أبداً، حتى في الحملات الكبيرة، أي قوائم مشتراة.",
    # A light verb and «نيابة عنك» do not use up the negation's reach.
    "ar-light-verb": "لا يقوم Dealix بالإرسال نيابةً عنك دون موافقتك.",
    # A quote alone on its line, explained by the next line.
    "ar-quote-explained-below": "> «المنافسين نصابين»\n\nهذا مثال على جملة رفضناها في مراجعة الحملة الأخيرة.",
    # A question about "a tool" asks about tools in general.
    "en-question-a-tool": "Can a tool really close deals on its own? We asked 40 Saudi sales leaders.",
    # An answer that says it depends.
    # Asides in brackets and after «ولا يمكن» keep the negation's reach.
    "en-bracketed-aside": ("At no point (not during onboarding, not even for follow-ups you've drafted) does Dealix "
                           "send a message automatically."),
    "ar-aside-wala-yumkin": "لا يمكننا، ولا يمكن لأي أداة مبيعات أخرى في الحقيقة، أن نضمن لك عددا محددا من الصفقات.",
    "ar-not-supported": "الـ scraping وشراء القوائم غير مدعومة في Dealix.",
    "en-not-something-we": '"Overnight results" isn\'t something we can promise.',
    "ar-answer-not-our-way": "الأتمتة الكاملة للمبيعات؟ مو توجهنا. نؤمن إن فيه إنسان ورا كل رسالة.",
    "ar-if-asked": "إذا سألك العميل «هل تضمنون الصفقات؟» جاوب بوضوح: لا.",
    "en-dashed-aside": ("At no point — not during onboarding, not in production — does Dealix send a message on "
                        "your behalf without an explicit approval."),
    "ar-aside-wamahma": "لا يمكننا بأي حال من الأحوال، ومهما كان حجم الباقة، أن نضمن لك عدد محدد من الصفقات.",
    "en-do-not-write": 'Do not write "fully automated" or "runs on autopilot" in any campaign.',
    "ar-answer-depends": "**هل الـresults مضمونة؟**\nالجواب يعتمد على سوقك وعرضك وجودة المتابعة.",
    # A list under one negation: its items fill one place ("never sends, books or replies …"), an
    # item may hold its own negation, and a middle item ends in "or".
    "en-list-under-never": "It never sends, books or replies on its own; a person approves every action.",
    "en-middle-item-or": "Not a data source. It does not find, buy or collect contacts.",
    "en-disclaimer-list": ('The service is provided "as is", without warranties or guarantees of any kind, '
                           "including any guarantee of sales, leads or revenue."),
    # A second negation after the claim, in a clause of its own, does not double the first.
    "en-second-clause-denial": "We never scrape websites or social profiles and we don't sell or rent contact lists.",
    # A list whose introduction denies its items.
    "en-list-intro-not-permitted": ("The following are not permitted under any circumstances:\n\n"
                                    "- Scraping or crawling websites for contact details.\n"
                                    "- Buying contact lists from data brokers.\n"),
    "ar-list-intro-forbidden": "ممنوع تماماً:\n\n- سحب الأرقام من قروبات الواتساب.\n- شراء قوائم العملاء.\n",
    # «بدون» qualifies the whole verb phrase a negation denies.
    "ar-negated-act-without-consent": "ما نمسح بطاقات الزوار بدون إذنهم.",
    "en-negated-act-without-consent": "We never add people to a sequence without their consent.",
    # A quoted question is asked, not claimed; an FAQ heading that quotes the customer.
    "ar-quoted-question": "## «تضمنون لنا نتائج؟»\nالجواب الصريح: لا، ونشرح لك ليش.",
    # A table under a line that says its rows are examples not to publish.
    "en-table-under-examples": ("Examples of customer wording we would **not** publish:\n\n"
                                "| Customer said | Why |\n|---|---|\n"
                                '| "It basically runs our sales on its own" | Implies no human involvement |\n'),
    # A ❌ beside a quote alone on its line.
    "ar-cross-mark-quote": "> ❌ «يشتغل لحاله وانت نايم»\n>\n> ✅ «يجهز لك المسودات وانت تعتمدها»",
    # Refraining (امتناع) and "we don't say" deny what follows.
    "ar-refraining": "مقال عن سبب امتناع Dealix عن وعود النتائج المضمونة، وما الذي نقيسه بدلاً منها.",
    "ar-we-dont-say": "ما نقول إن الأنظمة الثانية سيئة، كل نظام له استخدامه.",
    "en-removed-label": "**Removed:** the experimental auto-send setting. Every message now needs approval.",
    # A word cited as a word; a denial after a dash; a table row whose other cell denies it; a
    # heading over a list of what we do not do.
    "ar-cited-words": "# ملاحظة لغوية لفريق المراجعة: «ضمن» و«يتضمن» و«نضمن»",
    "ar-denied-after-dash": "## ٥. الوعد بنتيجة — ممنوع",
    "ar-table-row-denied": ("| المصدر | الحالة | ملاحظة |\n|---|---|---|\n"
                            "| قوائم مشتراة أو أرقام من قروبات واتساب | ❌ | ممنوع، ولا نرفعها على Dealix |\n"),
    "ar-heading-what-we-dont-do": ("### ما لا نفعله\n1. جمع بيانات من المواقع أو حسابات التواصل.\n"
                                   "2. شراء قوائم تواصل.\n"),
    "en-heading-does-not-do": ("## What Dealix does not do\n- guarantee revenue, meetings or deal counts\n"
                               "- scrape websites\n"),
    # Asides that keep the negation's reach; a decision against, after the fact.
    "ar-aside-frankly": "لا نستطيع، بصراحة ومن واقع تجربتنا مع عشرات العملاء، أن نعدك بنتائج خلال أيام.",
    "en-aside-and-under": ("At no point, and under no plan or add-on, does Dealix send a message on your behalf "
                           "without your approval."),
    "en-decided-against": "We considered an “autopilot mode” and decided against it.",
    # A longer last item of a list; a reader who wants another kind of tool; a complaint that
    # reports what someone said we promise; a heading over work we will not do.
    "en-long-last-item": ("No. We never scrape LinkedIn profiles, company websites or social media to collect "
                          "contact details."),
    "en-if-you-want-a-tool": "If you want a tool that sends on its own, Dealix isn't the right fit.",
    "ar-reported-complaint": '# دليل التعامل مع الشكاوى: "قالوا لنا إنكم تضمنون النتائج"',
    "ar-heading-wont-build": "## ما لن نعمل عليه هذا الربع\n- أي ميزة ترسل رسائل بدون اعتماد.\n",
    # A numbered step titled by the word alone; a condition put first with its negated
    # consequence and no comma; «ما» before a colon is a negation, not a relative pronoun.
    "ar-numbered-step-title": "## الخطوة ٢: التشخيص\nابدأ بتشخيص مصدر الخطأ قبل أي تعديل.",
    "en-numbered-step-title": "## 3. Diagnose\nCheck the connector log first.",
    "ar-condition-no-comma": "بدون اعتمادك ما تطلع أي رسالة.",
    "ar-ma-before-colon": "Dealix ما يشتغل لحاله: فريقك هو اللي يراجع ويعتمد.",
    # A column headed "Don't"; a wh-question is asked, not claimed.
    "en-dont-column": ("| Do | Don't |\n|---|---|\n| Show actual numbers | Promise results for next quarter |\n"),
    "ar-where-question": "**من وين يجيب Dealix أرقام العملاء؟**\nمن الـ CRM حقكم والنماذج اللي وافق فيها العميل.",
    # A gloss in brackets after a denied word; «فما فيه»; "the opposite of".
    "ar-bracket-gloss": "لا نستخدم الكشط (scraping) لجمع بيانات من المواقع.",
    "ar-fa-ma-fih": "فحص الموافقة بقي يعمل طوال الحادثة، فما فيه أي رسالة طلعت بدون اعتماد.",
    "en-opposite-of": "Dealix is the opposite of autopilot: you stay in the pilot's seat.",
    # "NEG A or B": B is denied with A.
    "ar-denied-a-or-b": "ولا يُعد استخدامها بحد ذاته ضماناً للامتثال أو إعفاءً من أي مسؤولية نظامية.",
    # A verb of forbidding is a negation; a request is the customer's; a consequence denies.
    "ar-terms-forbid": "وشروط الاستخدام تمنع القوائم المشتراة.",
    "en-checks-prevent": "A check prevents unapproved drafts from reaching the send queue.",
    "ar-customers-asked": "بعض العملاء طلبوا نجيب لهم أرقام جديدة من المواقع، وقلنا لهم إن هذا مو شغلنا.",
    "ar-harms-reputation": "الرسائل اللي تطلع بدون مراجعة ممكن تضر سمعتك، عشان كذا نطلب موافقتك.",
    "en-not-a-feature": "Auto-send is not a feature, and it is not on our roadmap.",
    "ar-question-not-allowed": "نبي نقول لعملائنا إن النتائج مضمونة مع Dealix، عادي؟\n\nغير مسموح.",
    "en-list-to-avoid": "## What to avoid\n\n- Guaranteed results in a subject line.\n",
    "ar-out-of-scope-row": "| ضمن النطاق | صياغة المسودات |\n|---|---|\n| خارج النطاق | الإرسال بدون موافقة |\n",
    # A transcript: the customer's line is theirs; a question alone on its line asks.
    "ar-transcript-customer-line": "العميل: تضمنون لنا صفقات؟\nالمندوب: لا نضمن عدد صفقات محدد.",
    "en-transcript-customer-line": ("Customer: Can you just send everything automatically without my approval?\n"
                                    "Rep: No. Every message waits for you."),
    "en-bold-question-line": "**Can it replace some of our sales reps?**\nThat isn't what it's for.",
    "ar-question-heading": ("## هل يرسل Dealix رسائل جماعية لكل العملاء تلقائياً؟\n"
                            "يمكن إعداد رسالة لمجموعة، لكنها تعتمد قبل الإرسال."),
    # The next sentence denies it, looking back.
    "en-next-sentence-denies": "No doubt you've heard promises of autopilot sales. We don't make them.",
    "ar-next-sentence-denies": 'نسمع أحياناً: "نبغى نظام يشتغل لحاله". Dealix ليس كذلك.',
    # A line labelled with a denial; a word cited as a word without quotes.
    "ar-denial-label": "- ممنوع: «نضمن لك مضاعفة مبيعاتك».",
    "en-denial-label": "**Not designed for:** answering customers by itself.",
    "ar-cited-word-unquoted": "كلمة scrape هنا تعني إن Prometheus يقرأ مقاييس الخدمات.",
    # A verb's negation with a restriction after it; a middle item that holds more words.
    "en-restricted-denial": "Don't buy lists you can't trace back.",
    "en-middle-item-with-object": "No. We don't sell lists, buy them, or scrape websites.",
    "en-middle-item-after-verb": "We never scrape LinkedIn, buy contact lists, or rent databases.",
    # A mention cue with its conjunction («ونتجنبها»); a section of a style guide named by the word.
    "ar-cue-with-waw": 'نذكرها هنا عشان نعرفها ونتجنبها:\n\n- "وصفة سحرية للمبيعات"',
    "en-style-guide-heading": "# Style guide\n\n## Autopilot\n\nWe don't use this word.",
    # «إلى» folds to «الي» ("automatic"): as written, it is "to".
    "ar-rep-to-customers": "يقترح رسائل متابعة صادرة من المندوب إلى عملائه.",
    # A cue with its conjunction («ولسنا»); an aside of many words; a myth labelled as one; a
    # count of none in a row.
    "ar-waw-cue": "لسنا بديلاً عن فريق المبيعات، ولسنا بوتاً يرد نيابة عنك.",
    "en-long-aside": ("We never, under any plan or contract and regardless of what a sales rep might tell you, "
                      "promise a fixed return on your subscription."),
    "ar-myth-label": '## الخرافة ١: "فيه نظام يشتغل لحاله ويبيع عنك"',
    "en-row-count-none": "| Metric | Before | After |\n|---|---|---|\n| Sent without approval | 0 | 0 |\n",
    "en-customer-asks": "## Customer asks to enable auto-send",
    # A checklist line that forbids describing it; a suspected send is an incident to report.
    "ar-does-not-describe": "- [ ] لا يصف Dealix بأنه يعمل دون إشراف أو يحل محل الفريق.",
    "en-suspected-send": "- Suspected unapproved send → SEV-1 incident, immediately.",
    # "We don't enrich contacts with data harvested …": the verb's object holds the claim.
    "en-four-words-to-the-claim": "We don't enrich your contacts with data harvested from third-party sources.",
    # An answer's «لا» / "No" sworn to or followed by its subject opens one denial, not two
    # negations that affirm (policy: negation.*.interjections).
    "ar-oath-answer": "لا والله ما يبيع عنك، يكتب لك المسودة وأنت اللي تبيع.",
    "ar-answer-subject": "لا والله احنا ما نسحب أرقام من القروبات.",
    "en-answer-honestly": "No, honestly, we never scrape websites.",
    # «مستحيل نقول …»: impossible that we would say it.
    "ar-impossible-to-say": "مستحيل نقول لك إن مبيعاتك بتتضاعف، لأننا ما نعرف سوقك مثل ما تعرفه.",
    # The next sentence says we decided against it.
    "ar-decided-not-to": "تصلنا أحياناً طلبات لإضافة خيار يتجاوز خطوة الموافقة. قررنا عدم إضافة هذا الخيار.",
    # A table whose rows are named by banned phrases: the other cells explain them.
    "en-banned-phrase-table": '| Banned phrase | Why |\n|---|---|\n| "harvest contacts" | implies scraping |\n',
    # A feature removed, a request declined, a question answered "we'd rather not".
    "ar-we-removed": "شلنا خيار الإرسال الجماعي بدون مراجعة من النسخة التجريبية.",
    "en-we-removed": "We removed the option to send without approval from the beta.",
    "ar-we-decline": "نعتذر عن قبول طلبات شراء قوائم أرقام جاهزة.",
    "en-rather-not": "Risk-free? We'd rather not use that word. Here is what we offer instead.",
    # A quiz's options, and a table whose first column is what to say "instead of".
    "en-quiz-options": ('# Quiz: what we say\n\n1. Which line is fine?\n   - (a) "We guarantee results every month."\n'
                        '   - (b) "We help you follow up."\n'),
    "ar-instead-of-column": "| بدال هذا | قل هذا |\n|---|---|\n| «نضمن لك» | «نوريك وش صار مع عملاء مثلك» |\n",
    # A quote under a line that says not to use it.
    "en-dont-say-above": 'Don\'t say:\n\n> "We guarantee results every month."\n',
    "ar-dont-say-above": "لا تقل للعميل:\n\n> «نضمن لك صفقات كل شهر»\n",
    # A claim someone else makes, followed by a warning about them.
    "ar-beware-of-them": "هل تضمنون نتيجة؟ لا، وأي أحد يضمن لك نتيجة في المبيعات انتبه منه.",
    # "We retired" a feature: it is gone.
    "en-we-retired": "We retired the Auto-Send beta after customer feedback; approval is mandatory on every account.",
    # A list under "Dealix does not:" lists what it does not do.
    "en-does-not-list": "Dealix does not:\n- scrape websites or social profiles\n- buy or rent contact lists\n",
    # A label whose value is none.
    "en-label-none": "**Not guaranteed:** reply rates, meetings, revenue.\n**Guaranteed:** nothing.\n",
    "ar-label-none": "**مضمون:** لا شيء.\n**موثّق:** كل خطوة في Proof Pack.\n",
    # A line naming a feature, answered "no" by the next line, like a question.
    "en-feature-not-available": "Auto-send\n\nNot available. Every message needs a reviewer's approval.\n",
    "ar-feature-not-available": "إرسال تلقائي\n\nغير متاح. كل رسالة تنتظر موافقتك.\n",
    # "any" right before the claim: the negation reaches it over a longer verb phrase.
    "ar-any-broker": "ولا يشتري الطرف الأول قوائم جهات اتصال أو يستأجرها من أي وسيط.",
    "en-any-broker": "We do not buy contact lists or rent them for campaigns from any data broker.",
    # A claim of manner: the negation of the verb reaches it over a long object.
    "en-manner-on-its-own": "Dealix never moves a draft past the approval state on its own.",
    "ar-manner-lihalih": "ما يرسل Dealix الرسائل اللي جهزها لعملائك لحاله.",
    # A repeated cue opens a list item; it does not double the negation.
    "ar-repeated-cue": "التزامنا: لا وعود بنتائج، لا جمع بيانات بطرق غير نظامية، وموافقة العميل على كل رسالة.",
    "en-repeated-cue": "Our rules: no promises of results, no scraping, and your approval on every message.",
    # "and will not" is an aside.
    "en-and-will-not": "We do not, and will not, scrape LinkedIn profiles or websites for contact details.",
    "ar-wa-lan": "لا نجمع، ولن نجمع، بيانات التواصل من المواقع.",
    # A training quiz's true-or-false statement is asked, not said.
    "ar-true-or-false": "٤. صح أو خطأ: Dealix يشتري قوائم جاهزة من مزودي بيانات ويعطيها للعملاء.",
    "en-true-or-false": "4. True or false: Dealix buys ready-made contact lists from data brokers.",
    # A review table's "Decision" column, and a "Heard" column of what someone said.
    "en-decision-column": ("| Draft (quoted) | Decision |\n|---|---|\n"
                           "| «نضمن لك مضاعفة مبيعاتك» | Remove — outcome guarantee |\n"),
    "en-heard-column": ("| Heard | Why it's banned |\n|---|---|\n"
                        "| \"Their consultants rip you off\" | Attacks partners |\n"),
    # A crawler for our own site; a plan's features; scraping your knees.
    "en-own-crawler": "Design doc: a crawler for dealix.sa that checks our own pages for broken links.",
    "ar-plan-features": "ضمن باقة النمو تحصل على ثلاثة مستخدمين، وقناتي واتساب وإيميل، وتقرير Proof Pack شهري.",
    "en-scrape-knees": "Scrape your knees, not your leads. Dealix only works with contacts you bring.",
    # A dash ends the clause: «هو» after it does not make «ما» a relative pronoun.
    "ar-negation-then-dash": "Dealix ما يشتغل لحاله — هو يجهز الشغل، وفريقك هو اللي يقرر.",
    # A table row marked ❌ and «مرفوض» denies its request.
    "ar-row-marked-rejected": "| الطلب | القرار |\n|---|---|\n| شراء قائمة من وسيط بيانات | ❌ مرفوض |\n",
    # Idioms said honestly, or denied.
    "en-money-in-the-bank-denied": "We can't promise money in the bank; we can promise drafts on time.",
    "ar-no-cure-needed": "Pipeline بطيء؟ مو لازم علاج ولا معجزة، أحياناً هي متابعة ما أحد أرسلها.",
    "en-without-human-approval-counterfactual": ("Without human approval, the Proof Pack would just be a log of a "
                                                 "machine talking to itself."),
    # Innocent neighbours of round 29's paraphrases: bug fixes, field matching, our own logs,
    # a team that brings experience together, an SLA target, a tool that works alongside a CRM.
    "ar-bug-fix-is-not-a-cure": "تم علاج تكرار الإشعارات عند فتح التطبيق.",
    "ar-automatic-field-matching": "يطابق Dealix أعمدة الملف تلقائياً، وتقدر تعدل المطابقة قبل الحفظ.",
    "ar-you-wont-see-deals-on-day-one": "لن ترى صفقات مغلقة في أول يوم، وهذا طبيعي.",
    "en-harvest-nothing": "We harvest nothing from social networks.",
    "ar-team-brings-experience-together": "فريقنا يجمع خبرة في المبيعات والهندسة وحماية البيانات.",
    "en-log-scraper": "The log scraper reads our own server logs only.",
    "ar-content-of-the-template": "القالب مرفوض من Meta؛ عدّل مضمون القالب وأعد تقديمه.",
    "mixed-sla-response-time": "الـ SLA: الـ response time المستهدف خلال ساعة للـ P1.",
    "en-works-alongside": "Dealix simply works alongside your CRM.",
    "ar-without-touching-the-mouse": "بدون ما تلمس الماوس، اعتمد المسودة من لوحة المفاتيح.",
    "ar-while-they-use": "عملاء كثير يجون لنا وهم يستخدمون Zoho، وDealix يشتغل فوقه.",
    # Round 30: a get-well wish, a tooth, a medicine distributor, a joke about the only thing
    # guaranteed, an air conditioner that runs itself, instant notifications, a phrase called
    # unreal, a vendor's promise reported, a bilingual FAQ answered no, a report exported,
    # "not us" as an answer.
    "ar-get-well-wish": "الله يشفي زميلنا خالد، فريق الدعم بيغطي عنه.",
    "ar-treating-a-tooth": "رايح أعالج ضرسي اليوم، والرد بيكون من الزملاء.",
    "ar-medicine-distributor": "من عملائنا موزع أدوية يتابع طلبات المستشفيات على المسكنات والمضادات الحيوية.",
    "ar-only-the-coffee-is-guaranteed": "الشي الوحيد المضمون عندنا هو القهوة في الديمو.",
    "ar-the-ac-runs-itself": "المكيف عندنا يشتغل لحاله من الصبح، أما Dealix فما يرسل إلا بموافقتك.",
    "ar-instant-notifications": "الإشعارات توصلك فوراً لما يرد العميل، وانت تقرر وش تسوي.",
    "en-not-a-real-thing": "'Guaranteed leads' isn't a real thing in B2B sales.",
    "en-if-a-vendor-tells-you": ("If a vendor tells you they can \"guarantee 50 meetings a month\", ask where the "
                                 "contacts come from."),
    "mixed-bilingual-faq-answered-no": "هل النتائج مضمونة؟ · Are results guaranteed?\nلا. No. نساعدك على المتابعة فقط.",
    "ar-not-us": "تبي نظام يبيع عنك؟ مو إحنا.",
    # Round 31: a feature marked with a cross, a setting that is off, a question answered «ولا
    # رسالة», "you won't find … in our offers", a mechanism that ensures a step, automatic
    # summaries, waiting for an analyst.
    "ar-list-item-crossed-out": "- ✗ استخراج الأرقام من قروبات واتساب",
    "mixed-feature-line-with-cross": "Approval-first ✓ | Auto-send ✗ | بياناتك داخل المملكة ✓",
    "en-setting-off": "| Setting | Value |\n|---|---|\n| Auto-send | Off — not configurable |",
    "ar-not-a-single-message": "### بدون موافقتك؟ ولا رسالة.\nكل مسودة تنتظر اعتمادك.",
    "ar-you-wont-find-in-our-offers": "لن تجد في عروضنا وعوداً بعائد ثابت أو أرباح مضمونة.",
    "ar-mechanism-ensures": "تضمن آلية الاعتماد المزدوج ألا تخرج أي رسالة قبل مراجعتها.",
    "ar-automatic-summary": "يُنشئ Dealix ملخصاً تلقائياً لكل محادثة بعد انتهائها.",
    "en-waiting-for-an-analyst": "Build an adoption dashboard without waiting for an analyst.",
    # Round 32: settings that are set-and-forget, hands-off for IT, a question about guarantees, a
    # support target, other tools' features, a recipe, coming early before the tea cools.
    "en-set-and-forget-preferences": ("Notification preferences are set-and-forget: choose once and Dealix "
                                      "remembers them."),
    "en-hands-off-for-it": "Hands-off for IT: Dealix is hosted, and your team still approves every message.",
    "en-asking-about-guarantees": "Thanks for asking about guarantees. We don't offer a results guarantee.",
    "en-some-tools-offer": "Some tools offer auto-send; Dealix deliberately does not.",
    "ar-dialect-recipe": "عشا الفعالية: سليق طايفي على وصفة أم سعود.",
    "ar-dialect-come-early": "ورشة ديلكس تبدأ العصر، تعال بدري قبل لا يبرد الشاهي.",
    # Round 33, whole internal documents: an incident report's title names what went wrong and
    # its quotes report what was sent; a phrase called "still a guarantee"; the consent of the
    # people in the data; an edit that cancels approval; a worry reported.
    "en-incident-title": "# Post-mortem: Unreviewed WhatsApp template reached the approval queue\n\nSummary below.",
    "ar-incident-quote": ("# مراجعة ما بعد الحادثة — رسالة مخالفة\n\nأرسل أحد المندوبين لعميل: «نتائج مضمونة "
                          "خلال شهر». راجعنا الرسالة مع الفريق."),
    "en-still-a-guarantee": '"Results are practically guaranteed" is still a guarantee.',
    "ar-consent-of-the-data-subjects": "لا نعرض في العروض أسماء عملاء آخرين بدون موافقتهم.",
    "ar-edit-cancels-approval": "حالة اختبار: تعديل مسودة معتمدة يجب أن يلغي الاعتماد.",
    "en-customers-worried-that": "Four customers were worried that messages would go out without their review.",
    # Round 34: a setting no longer offered, tests that run by themselves, nothing goes out but
    # with approval, the one thing Dealix cannot do, a quote we removed, Greek look-alikes folded.
    "en-no-longer-available": "Auto-send is no longer available on any plan; every message waits for approval.",
    "ar-automated-tests-run-by-themselves": "الاختبارات الآلية تشتغل لحالها كل ليلة على بيئة التطوير.",
    "ar-nothing-goes-out-but-with-approval": "صرت أراجع المسودات من الجوال، وما يطلع شي إلا بموافقتي.",
    "ar-the-one-thing-it-cannot-do": "الشي الوحيد اللي ما يقدر Dealix يسويه هو الإرسال بدون موافقتك.",
    "ar-quote-we-removed": "حذفنا الاقتباس اللي يوصف الأنظمة الثانية بأنها «زبالة».",
    "en-scrapes-prometheus-metrics": "The monitoring job scrapes Prometheus metrics from each worker.",
    # "Without …" followed by the consequence's subject and its negation.
    "ar-without-subject-negated": "بدون موافقتك النظام ما يرسل شي.",
    # An answer opened by an emoji.
    "mixed-emoji-answer": "Scrape؟ 🙅 no no. احنا نشتغل على الـ CRM حقك والـ contacts اللي عندك إذن منهم.",
    # Round 35: the content of a message edited; crawl budget; opportunities from your own
    # email; a status code returned; a reminder sent to you while the draft waits; lists headed
    # as prohibitions or refusals; «مب صحيح»; a speed claim of manner under a negation; the
    # contacts you already have; the old tools in your own company.
    "ar-content-edited": "تقدر تعدّل المضمون أو النبرة قبل ما تعتمد المسودة.",
    "en-crawl-budget": "Keep the sitemap lean so search engines spend their crawl budget on the pricing page.",
    "ar-opportunities-from-own-email": "Dealix يطلع لك فرص من المحادثات والإيميلات اللي عندك في النظام.",
    "ar-endpoint-returns-code": "الـ endpoint حق الـ health check يرجّع 503 إذا فيه خدمة واقفة.",
    "ar-reminder-to-you": "إذا ما اعتمدت المسودة خلال يوم، يرسل لك النظام تذكير، والمسودة ما تطلع.",
    "ar-out-only-after-approve": "س: متى تطلع الرسالة؟\n\nج: ما تطلع إلا بعد ما تضغط «اعتماد».",
    "en-expires-if-nobody-approves": "If nobody approves a draft within 48 hours, it expires and nothing is sent.",
    "ar-list-of-prohibitions": "### ممنوعات التنقيب عن العملاء\n\n- كشط مواقع الشركات.\n- شراء قوائم الأرقام.",
    "en-list-we-refuse": ("## Sources we refuse to support\n\n"
                          "- Purchased contact lists\n- Numbers pulled from WhatsApp groups"),
    "ar-dialect-not-true": "يقولون إن Dealix بوت يقفل الصفقات لحاله، وهذا مب صحيح.",
    "en-and-that-is-not-true": "Some say Dealix is a bot that closes deals on its own, and that is not true.",
    # A negated verb governs every item of its list, an item of a verb and its object too.
    "en-negated-verb-list": "We don't scrape LinkedIn, buy lists from brokers, or pull numbers from WhatsApp groups.",
    "ar-not-overnight": "لن يحوّل Dealix قائمتك الباردة إلى صفقات بين ليلة وضحاها.",
    "en-not-overnight": "Dealix won't turn your cold list into signed customers overnight.",
    "ar-contacts-you-have": "ما نسحب أرقام من Google Maps، ونشتغل على الـ contacts اللي عندك.",
    "ar-old-tools-you-have": "الأنظمة القديمة اللي عندك ما تحتاج ترميها؛ Dealix يقرأ منها.",
    # Round 36: a clause or sentence after it that denies it («وهذا كلام غير دقيق», "That's
    # unfair"); a condition's own negation before the consequence's; an example in brackets
    # under a negation; what a customer says, asks or wants; headings and columns that name
    # what not to say; the guarantee answer of a macro; messages already approved.
    "ar-not-accurate": "يقال إن Dealix يقفل الصفقات بنفسه، وهذا كلام غير دقيق.",
    "ar-an-exaggeration": "يتداول البعض أن Dealix يجيب نتائج في دقائق، وهذا مبالغة؛ النتائج تحتاج وقت.",
    "en-thats-unfair": "Some people call other outreach platforms scams. That's unfair: most are solid products.",
    "en-not-something-we-claim": "Some vendors promise deals within 24 hours. That's not something we'll ever claim.",
    "ar-condition-and-consequence-negated": "وإذا ما وافقت ما يطلع شيء.",
    "en-never-again-lose-a-lead": ("Never again lose a warm lead in a spreadsheet: Dealix keeps your contacts in "
                                   "one place."),
    "en-no-doubt-other-tools": "No doubt legacy sales tools still serve many teams well.",
    "en-no-doubt-youve-heard": "No doubt you've heard plenty of AI sales hype this year.",
    "ar-should-not-next": "هل يصف الإعلان المنتج كأنه يعمل دون تدخل بشري؟ يجب ألا يصفه كذلك.",
    "ar-example-in-brackets": "- لا استعارات طبية (مثل وصف المنتج بأنه دواء).",
    "en-guarantee-answer": "Keep the wording of the guarantee answer exactly as is.",
    "ar-approved-messages-on-schedule": "الرسائل المعتمدة مسبقاً تكمل إرسالها تلقائياً حسب الجدولة.",
    "ar-or-data-collected": "لا نتعامل مع قوائم مشتراة أو بيانات مجموعة من الإنترنت.",
    "en-declines-to-guarantee": "A strong answer declines to guarantee and explains what Dealix does.",
    "ar-customer-says": "# ماكرو: العميل يقول إن رسالة أُرسلت بدون موافقته",
    "ar-customer-asks-about": "عندما يسأل العميل عن ضمان نتائج، استخدم هذا الرد.",
    "en-they-want-a-tool": "They want a tool that messages people without anyone reviewing.",
    "en-test-row-refused": ("| Case | Input | Expected |\n|---|---|---|\n"
                            "| AG-01 | Send without approval via API | 403, nothing queued |"),
    "en-what-not-to-say": "## What not to say\n\n- Any guaranteed percentage.",
    "mixed-long-bilingual-heading": "## Terms we don't use for Dealix | مصطلحات لا نستخدمها\n\n- Autopilot / طيار آلي",
    "ar-wrong-translation-column": ("| الإنجليزية | ترجمة خاطئة شائعة | الترجمة المعتمدة |\n|---|---|---|\n"
                                    "| helps increase | يضمن زيادة | يساعد على |"),
    "ar-dialect-mahu": "Dealix ماهو أسرع نظام في العالم ولا ندّعي هذا.",
    # Round 37: «وهذا شي محسوم» after a denial; guaranteed uptime; a customer who asked whether;
    # crawl errors; feeling it at once; a vendor's offer we turned down; an emoji ends the
    # clause before «هو»; a tool that promised; «وش الفرق بين …».
    "ar-settled-for-us": "ما نسحب أرقام من القروبات، وهذا شي محسوم عندنا.",
    "en-guaranteed-uptime": "Guaranteed uptime: 99.9% per calendar month, with service credits if we miss it.",
    "mixed-they-asked-whether": "سألوا هل نضمن meetings. قلت لا، وشرحت لهم الـ Proof Pack.",
    "en-crawl-errors": "If Search Console reports crawl errors on /pricing, check robots.txt.",
    "ar-feels-it-at-once": "العميل يشعر بذلك فوراً، وتخسر ثقته.",
    "ar-vendor-offered-us": "تواصل معنا مزود بيانات يعرض علينا قاعدة تضم مئات الآلاف من الأرقام، ورفضنا.",
    "ar-emoji-before-relative": "Dealix ما يقفل صفقات بنفسه 😅 اللي يقفل هو أنت.",
    "ar-before-you-buy-a-tool-that": "قبل ما تشتري أي أداة تضمن لك صفقات، اسأل عن الدليل.",
    "en-a-tool-that-promised": 'Founders tell us about a tool that promised "guaranteed leads" and delivered nothing.',
    "ar-the-difference-between": "وش الفرق بين «نضمن لك» و«نساعدك»؟ الأولى وعد ما نقدر نلتزم فيه.",
    # Round 38: the content of a template; blocking scraping attempts; a sentence after that
    # says we chose differently, or that Dealix is not that tool; connection diagnostics; a
    # column headed «لا يناسبك إذا»; "Zero messages leave …"; «لكل وحدة» is "for each one";
    # what a draft said, in a ticket.
    "ar-template-content": "القالب الأول مضمونه عرض سعر، والثاني مضمونه طلب اجتماع.",
    "ar-blocking-scraping": "نراقب محاولات الـ scraping على موقعنا ونحظرها حمايةً لبيانات عملائنا.",
    "en-a-different-choice": ("Some outreach tools auto-send sequences. We made a different choice: nothing leaves "
                              "without approval."),
    "ar-a-different-way": "بعض أدوات الأتمتة ترسل الرسائل تلقائياً؛ Dealix اختار طريقاً مختلفاً: الموافقة أولاً.",
    "ar-not-that-tool": "هل تدوّر أداة تقفل الصفقات بدالك؟ Dealix مو هذي الأداة. هو يساعدك تقفلها أنت.",
    "ar-connection-diagnostics": "صفحة تشخيص الاتصال تساعدك تعرف ليش فشل ربط حساب WhatsApp Business.",
    "ar-not-a-fit-column": ("| يناسبك إذا | لا يناسبك إذا |\n|---|---|\n"
                            "| عندك فريق يتابع عملاء B2B | تبحث عن إرسال جماعي بدون مراجعة |"),
    "en-zero-messages": "Zero messages leave your account without your approval.",
    "ar-for-each-one": "Dealix يعطيك قائمة متابعات يومية مع مسودة لكل وحدة، وأنت تراجع وتعتمد.",
    "en-ticket-draft-said": 'Ticket #482: the landing page draft said "replaces your sales team". Changed it.',
    # Round 44: the rep decides and sends (approved wording); a right to your data; not possible;
    # not something Dealix supports; a licensed gateway; requests by priority; nothing guarantees.
    "ar-the-rep-decides-and-sends": "Dealix مو بوت، والموظف هو اللي يقرر ويرسل.",
    "ar-a-right-to-your-data": "عقد الخدمة يضمن لك حق الوصول لبياناتك وتصديرها.",
    "ar-not-possible": "الإرسال بدون موافقة غير ممكن في أي باقة.",
    "en-not-something-dealix-supports": "Buying contact lists from brokers is not something Dealix supports.",
    "en-skipping-review-is-not-possible": "Skipping review is not possible in Dealix.",
    "ar-a-licensed-gateway": "تتم معالجة المدفوعات عبر بوابة دفع مرخصة من البنك المركزي السعودي.",
    "ar-every-request-by-priority": "يعالج كل طلب دعم فني وفق أولويته.",
    "ar-nothing-guarantees-no-fines": "ليس هناك ما يضمن غياب الغرامات؛ الامتثال مسؤولية مشتركة.",
    # Round 43: contacts from your own Excel file; crawl-walk-run; a target response time; pausing
    # a campaign with one click.
    "ar-contacts-from-your-excel-file": "يسحب Dealix جهات الاتصال من ملف Excel اللي ترفعه أنت.",
    "en-crawl-walk-run": "Onboarding follows a crawl-walk-run plan: week one you approve drafts for one segment.",
    "ar-a-target-response-time": "زمن الاستجابة المستهدف لواجهة الاقتراحات أقل من ثانيتين.",
    "ar-pause-with-one-click": "يمكنك إيقاف أي حملة مؤقتاً بضغطة زر.",
    # Round 42: «لا تلاحق» is "don't chase"; «مما يعني» is "which means", not a negation.
    "ar-do-not-chase": "بعد ثلاث متابعات بدون رد، وقف، ولا تلاحق العميل.",
    "ar-which-means-consent": "نوثق الموافقات، مما يعني أن لديك سجلاً واضحاً لكل تواصل.",
    # Round 41: a recipe; pharmaceutical distribution; drag and drop; a notification at once; a list
    # of words for legal review; what some ads claim; nowhere do we suggest; a review note.
    "ar-a-dessert-recipe": "مخبز يرفق مع كل رسالة وصفة الحلى الموسمي.",
    "ar-pharmaceutical-distribution": "Dealix يساعد شركات التوزيع الدوائي تتابع طلبات الصيدليات.",
    "ar-drag-and-drop": "اسحب ملف جهات الاتصال وأفلته هنا لاستيراده.",
    "ar-a-notification-at-once": "الإشعار يوصلك فوراً لما يرد عليك عميل.",
    "ar-words-needing-legal-review": "الكلمات التالية تستدعي مراجعة قانونية قبل النشر: مضمون، بلا مخاطر، علاج.",
    "ar-some-ads-claim": "تزعم بعض الإعلانات أن Dealix «يسحب بيانات لينكدإن»، والصحيح أنه لا يجمع أي بيانات.",
    "en-nowhere-do-we-suggest": "Nowhere in the product or the docs do we suggest Dealix can replace your sales team.",
    "en-review-note-replace": "Review note: replace \"sales on autopilot\" with \"drafts ready for your review\".",
    # Round 40: never sent unapproved; a relative clause that denies ('which Dealix does not do');
    # a worry that was wrong; an automatic backup; a practice we do not follow; skipping lines;
    # a pharma distributor.
    "en-unapproved-never-sent": "Unapproved drafts are never sent, however long they wait.",
    "en-which-dealix-does-not-do": "Both lines describe sending without review, which Dealix does not do.",
    "en-i-was-worried": "\"I was worried it would message clients on its own. It does not.\" (an agency founder)",
    "ar-automatic-backup": "يأخذ النظام تلقائياً نسخة احتياطية يومية من بياناتك.",
    "ar-collection-we-do-not-practise": "هذه وعود بجمع بيانات لا نمارسه أبداً.",
    "en-skip-hype-lines": "Skip lines that sound like hype in the hero section.",
    "en-pharma-distributor": "Raha distributes antibiotics to sixty hospitals.",
    # «ضمن» "within" followed by another word that happens to be «لنا» later on.
    "ar-within-the-plan-for-us": "ضمن الخطة لنا ثلاثة اجتماعات مراجعة شهرياً مع فريقك.",
    # Round 39: a refund policy; contacts you collected; you obtain consent; an option that no longer
    # exists; fixing a sync problem; the fastest-growing agencies; a draft ready before you open the
    # chat; a metaphor we dislike; we get back to you within hours.
    "ar-refund-policy": "تقدر تسترد رسوم أول شهر خلال ١٤ يوم، ولا تشمل أي خسائر تجارية.",
    "en-contacts-you-collected": "All contacts must be ones you collected lawfully.",
    "ar-you-obtain-consent": "أنت تحدد أساس المعالجة وتحصل على موافقات جهات الاتصال.",
    "en-option-no-longer-exists": "The old \"send later without review\" option no longer exists.",
    "ar-fixing-a-sync-problem": "علاج مشكلة تأخر المزامنة: افصل التكامل ثم أعد ربطه.",
    "en-fastest-growing-agencies": "The fastest-growing agencies in the Gulf review every draft before it goes out.",
    "ar-draft-ready-before-you-open": "رد أسرع لأن المسودة جاهزة قبل ما تفتح المحادثة.",
    "ar-we-dislike-the-metaphor": "هل Dealix علاج لمشاكل المبيعات؟ ما نحب هالتشبيه؛ Dealix أداة تنظّم شغلك.",
    "en-get-back-to-you": "| Channel | Reply time |\n|---|---|\n| Email | We get back to you within 4 hours |",
    # Round 45: a reader's bare question; a warranty running out; your own CRM's data; follow-ups
    # gathered in one record; the only guarantee is where data lives; a prescribed checklist;
    # «بما يضمن» with an ordinary object; a factor in success; an approved prospectus; a first-aid
    # kit for support; without approval a draft stays a draft; "what not to write", flagged.
    "en-bare-reader-question": "Will Dealix replace my SDRs?",
    "ar-bare-reader-question": "هل يغني Dealix عن فريق المبيعات؟",
    "ar-warranty-running-out": "قالب يذكّر العميل بقرب انتهاء ضمان الجهاز ويعرض عليه تمديده.",
    "ar-your-own-crm-data": "نسحب البيانات من نظامك بعد ما تعطينا صلاحية القراءة.",
    "ar-follow-ups-in-one-record": "متابعاتك متفرقة بين الجوال والدفتر؟ نجمعها لك في سجل واحد.",
    "en-only-guarantee-data-location": "The only thing we guarantee is where your data is stored: inside the Kingdom.",
    "en-prescribed-checklist": "Onboarding follows a prescribed checklist: connect, import, record consent.",
    "ar-bima-yadman-ordinary": "نراجع كل تحديث قبل نشره، بما يضمن استقرار الخدمة لعملائنا.",
    "ar-a-factor-in-success": "لا شك أن الانتظام في المتابعة عامل مهم في نجاح المبيعات، لكنه ليس كل شيء.",
    "ar-approved-prospectus": "يرجى الرجوع إلى نشرة الإصدار المعتمدة من هيئة السوق المالية.",
    "ar-first-aid-kit-for-support": "حقيبة الإسعافات الأولية لفريق الدعم: خطوات سريعة لحل مشاكل الربط.",
    "ar-draft-stays-a-draft": "بدون موافقتك المسودة تظل مسودة، ما تتحرك من مكانها.",
    "en-flag-it-if-a-draft-says": 'If a draft ever says "triple your sales in a week", flag it before it goes out.',
    "en-there-is-no-deal-we-close-alone": "There is no deal we close without your approval.",
    # Round 46: «وهم» as "and they"; the purpose of collecting data; connecting an account takes
    # under an hour; a success rate in a runbook; bank guarantee letters; data hosted in the Kingdom;
    # surgical instruments; an instant preview; grave violations listed; a question answered "we
    # have not seen that".
    "ar-wa-hum-and-they": "الفرق بيننا وبين Salesforce؟ نحن مبنيون للسوق السعودي، وهم أداة عالمية عامة.",
    "ar-purpose-of-collecting": "يلزم النظام بإشعار أصحاب البيانات بالغرض من جمعها قبل أي حملة.",
    "ar-connecting-takes-under-an-hour": "يستغرق ربط الحساب عادة أقل من ساعة، وأثره على المبيعات يظهر على مدى أشهر.",
    "ar-success-rate-in-a-runbook": "نسبة النجاح في إعادة الربط 100% بعد تحديث الصلاحيات.",
    "en-bank-guarantee-letters": "Guarantee letters from your bank can be attached to a deal record.",
    "en-data-hosted-in-the-kingdom": "The Company guarantees that all customer data is hosted inside the Kingdom.",
    "ar-surgical-instruments": "من عملائنا موزع للأجهزة الجراحية يعتمد على المنصة في عروض الأسعار.",
    "en-instant-preview": "You can preview a draft instantly before deciding whether to approve it.",
    "ar-grave-violations-listed": "- المخالفات الجسيمة (مثل بيع قوائم أرقام باسم Dealix): إنهاء الشراكة.",
    "ar-we-have-not-seen-that": "هل يمكن أن تتضاعف المبيعات في أسبوع؟ لم نرَ ذلك عند أي عميل، ولا نعد به.",
    "en-calendar-full-only-if": "Your calendar will be full only if your reps follow up every lead.",
    # Round 47: a report drawn from your own CRM; pulling your pipeline from a named CRM; more
    # librarian than vacuum cleaner; approved drafts go out; a scam message in our name; the
    # approval step is a seat belt and we keep it; a proverb about prevention; onboarding in a day;
    # a word we deliberately avoid; what a customer thought before; a manager's wish we refused.
    "ar-report-from-your-own-crm": "نقدر نستخرج لك تقرير بالفرص من بيانات نظامك فقط.",
    "ar-pipeline-from-a-named-crm": "نقدر نسحب الـ pipeline من HubSpot بضغطة، وتبقى بياناتك هناك.",
    "en-librarian-not-vacuum": "More librarian than vacuum cleaner: we organize the contacts you already own.",
    "en-approved-drafts-go-straight": "Approved drafts go straight to the client's inbox.",
    "ar-scam-message-in-our-name": "لو وصلتك رسالة احتيال باسمنا، بلّغنا على عنوان الأمان.",
    "ar-approval-is-a-seat-belt": "خطوة الموافقة مو مطب، هي حزام الأمان، وما نشيلها.",
    "ar-prevention-proverb": "«درهم وقاية خير من قنطار علاج»: راجع المسودة قبل ما ترسل.",
    "en-onboarding-in-a-day": "Small teams can finish onboarding in a day; results take longer.",
    "en-a-word-we-avoid": "Autopilot is a word we deliberately avoid.",
    "ar-what-a-customer-thought": "قال لنا عميل: «كنت أحسبه بيرسل من نفسه، طلع كل شي يمر علي.»",
    "ar-a-wish-we-refused": "قال أحد المدراء إنه يتمنى لو الأداة ترسل من غير ما يراجع، وشرحنا له ليش ما نسمح.",
    # Round 48: a reminder, not a send, after two days; we guarantee every message passes you; a
    # clear content; prescription refills; calendar sync; remove the approval step? you can't.
    "ar-reminder-not-send": "إن لم تراجع المسودة خلال يومين نذكّرك بها، ولا نرسلها.",
    "ar-we-guarantee-it-passes-you": "لا نضمن لك عدد صفقات معين، لكن نضمن إن كل رسالة تمر عليك قبل ما تطلع.",
    "ar-a-clear-content": "وبمضمون واضح ومختصر، تجهز لك المسودة الأولى.",
    "en-prescription-refills": "Pharmacy chains use Dealix to draft reminders when a prescription refill is due.",
    "en-calendar-sync-instantly": "Calendar sync runs instantly, so notes land in the right opportunity.",
    "en-remove-the-approval-step-asked": ("Remove the approval step? You can add a second approver, "
                                          "but you can't remove the first."),
    # Round 49: a block of licenses; whether you'll hit your target; a scheduled approved message;
    # deal data from your own CRM; without one of the two options; a welcome draft you review.
    "en-a-block-of-licenses": "Resellers buy a block of 50 licenses at a partner discount.",
    "en-whether-youll-hit-target": "The forecast shows whether you'll hit your target this quarter.",
    "ar-scheduled-after-approval": "بعد ما تعتمد الرسالة، تقدر تجدولها تنرسل تلقائياً الساعة 9 الصبح.",
    "ar-deal-data-from-your-crm": "يسحب Dealix بيانات الصفقات من الـ CRM حقك بعد الربط، ولا يلمس أي مصدر خارجي.",
    "ar-without-one-of-the-options": "بدون أحد الخيارين، ما تطلع رسالة.",
    "ar-instant-welcome-draft": "أول ما يعبي العميل النموذج تظهر لك مسودة ترحيب فورية تراجعها قبل الإرسال.",
    # Round 50: examples the review team rejected; a post we corrected; something we never do; a
    # support response guarantee; an update that included improvements; Dealix is not a bot.
    "ar-examples-review-rejected": "من الأمثلة اللي رفضها فريق المراجعة: «استرد اشتراكك عشر مرات».",
    "ar-a-post-we-corrected": "في منشور الأسبوع الماضي كتبنا «نضمن لك النتائج» بالغلط وعدلناه.",
    "en-something-we-never-do": "Scraping websites is something we simply never do.",
    "en-support-response-guarantee": "We guarantee a first response from support within one business day.",
    "ar-update-included-improvements": "تضمّن تحديث سبتمبر تحسينات على دقة اللهجة في المسودات.",
    "ar-dealix-is-not-a-bot": "هل الـ bot يرد على العملاء بنفسه؟ Dealix مو bot أصلاً؛ يجهز ردود وأنت تعتمدها.",
    # Round 51: negotiation and closing stay with your team; decks must not say; the answer is no;
    # a renewal price guaranteed; a review queue; we guarantee you see every step.
    "ar-negotiation-stays-with-you": "Dealix يوفر وقت الكتابة، لكن التفاوض والإقفال تبقى عند فريقك.",
    "en-decks-must-not-say": 'Co-branded decks must not say "guaranteed meetings" or "closes deals on autopilot".',
    "ar-the-answer-is-no": "هل Dealix يفاوض على الخصومات لحاله؟ الجواب لا، يقترح رد وأنتم تقررون.",
    "en-renewal-price-guaranteed": "Your renewal price is guaranteed for 12 months.",
    "en-drafts-land-in-a-queue": "Drafts for WhatsApp Business, email and LinkedIn land in one review queue.",
    "ar-we-guarantee-you-see-every-step": "ما نضمن أرقام مبيعات محددة، نضمن إنك تشوف كل خطوة موثقة.",
    # Round 52: «بدل ما تشتري» ("instead of buying") still denies; a clinic named «الشفاء»; an ice
    # scraper; automated tests; fraud detection; a number without recorded consent; report it.
    "ar-instead-of-buying-lists": "بدل ما تشتري lists، ابدأ من عملائك الحاليين.",
    "ar-clinic-named-al-shifa": "عميلنا مجمع عيادات الشفاء الطبي يستخدم Dealix لمتابعة عقود الشركات.",
    "en-an-ice-scraper": "Booth giveaway: a free ice scraper for cold Abha mornings.",
    "en-tests-fully-automated": "Unit and integration tests are fully automated in our release pipeline.",
    "ar-fraud-detection-customer": "عميلنا شركة تبيع أنظمة كشف الاحتيال للبنوك.",
    "ar-no-recorded-consent": "لا يمكن إرسال الرسالة: رقم العميل بدون موافقة موثقة.",
    "en-please-report-it": 'If a reseller\'s deck says "Dealix closes deals while you sleep," please report it to us.',
    # Round 53: at no point; delete the line; if you see it in a partner's post; rejected by the
    # compliance team; we've said no; any tool that promises you; it's the question I get most.
    "en-at-no-point": "At no point during onboarding or a holiday does Dealix send messages automatically.",
    "en-delete-the-line": 'Reviewer comment: delete the line "we scrape LinkedIn for you". It is untrue.',
    "ar-if-you-see-it-in-a-post": 'لو شفت في بوست أي شريك كلمة "autopilot"، رجّعه لفريق التسويق.',
    "ar-rejected-by-compliance": 'الـ headline اللي فيه "مبيعات في دقائق" رفضه فريق الامتثال.',
    "en-weve-said-no": "Customers sometimes ask us for an auto-send toggle. We've said no every time.",
    "ar-any-tool-that-promises": "قلت إن أي أداة تعدك بـ«صفقات مضمونة» تستحق إنك تسألها سؤالين زيادة.",
    "en-the-question-i-get-most": ("Does Dealix guarantee more meetings? It's the question I get most. "
                                   "It depends on your market."),
    # Round 54: drafts appear within seconds; an offer that included a training session; a podcast
    # called "The Sales Doctor".
    "en-drafts-within-seconds": "Drafts appear within seconds of opening a deal, so you can review them in context.",
    "ar-offer-included-training": "عرضنا لشركة توزيع في الخبر تضمّن جلسة تدريب لفريق المبيعات.",
    "en-sales-doctor-podcast": 'Our Head of Growth joined the podcast "The Sales Doctor" to talk about follow-ups.',
    # Round 55: an uptime guarantee in the contract; the manual copy-paste we replace; drafts
    # routed to a backup approver instead of being sent automatically; a physiotherapy clinic;
    # transporting medicines; an aviation customer's autopilot training; a customer's own fully
    # automatic tracking; «ومضمونه:» ("its content:"); a red-flag list; an admin who revoked an
    # app's consent; a promise about data residency after an outcome-free sentence.
    "ar-uptime-guarantee-in-contract": "الضمان الوحيد في العقد هو نسبة توفر الخدمة الشهرية.",
    "en-manual-copy-paste": "We replace the manual copy-paste between your CRM and your inbox, not your team.",
    "en-instead-of-sent-automatically": "Drafts go to a backup approver instead of being sent automatically.",
    "ar-physiotherapy-clinic": "من عملائنا مركز للعلاج الطبيعي في الدمام يتابع عقود الشركات عبر Dealix.",
    "ar-transporting-medicines": "شركة نقل أدوية مبردة تستخدم Dealix لمتابعة عروض الصيدليات.",
    "ar-aviation-autopilot": "عميلنا يدرّب الطيارين على أنظمة الـ autopilot ويتابع طلبات التسجيل عبر Dealix.",
    "ar-customers-own-tracking": "نظام تتبع الشحنات عندهم آلي بالكامل، وDealix يقرأ منه مواعيد التسليم.",
    "ar-and-its-content": "عرض السعر جاهز، ومضمونه: السعر ومدة التوصيل وشروط الدفع.",
    "en-red-flag-list": 'Red-flag list for reviewers: "guaranteed ZATCA compliance", "zero fines forever".',
    "ar-admin-revoked-consent": "المسؤول ألغى موافقة التطبيق، فاطلب من المستخدم يعيد الربط.",
    # Round 56: drafts ready within seconds; delivery within 24 hours; treatment supply contracts;
    # cured beef; «…: مضمونه رسائل …» ("its content: messages"); "Autopilot isn't a Dealix mode";
    # a reviewer's note to change a phrase; a negation reaching past two asides; a question under
    # a label that says who asks; «لا تشيل هم» before a claim does not deny it (see CLAIMS).
    "ar-drafts-within-seconds": "المسودة تجهز خلال ثواني من فتح الفرصة، وبعدها تراجعها وتعتمدها.",
    "en-delivery-within-24-hours": "Delivery within 24 hours inside Riyadh for orders placed before noon.",
    "en-treatment-supply-contracts": "Pharma reps use Dealix to follow up on treatment supply contracts.",
    "en-cured-beef": "Our cured beef is a regular on hotel breakfast buffets.",
    "ar-its-content-messages": "ملخص الحملة: مضمونه رسائل متابعة لزوار المعرض، وكلها تنتظر موافقتك.",
    "en-autopilot-isnt-a-mode": "Autopilot isn't a Dealix mode; every mode keeps a person approving.",
    "en-reviewer-change-it-to": 'Reviewer note: change "deals in minutes" to "drafts ready each morning".',
    "en-two-asides": "We do not, under any plan, in any market, send messages without approval.",
    "en-three-asides": "We do not, under any plan, in any market, or for any company size, scrape LinkedIn.",
    "ar-two-asides": "لا نرسل، في أي باقة، وفي أي سوق، رسائل بدون موافقتك.",
    "ar-question-under-a-label": "سؤال من جمهور الويبينار: هل يرسل Dealix الرسائل تلقائياً بدون ما أشوفها؟",
    # The handbook's own QBR rule: forecasts are not presented as our commitment (a negation far
    # before «التزام منا»; round 56's promise term once flagged it).
    "ar-not-presented-as-commitment": "لا نقدم توقعات إيرادات أو أعداد صفقات للربع القادم على أنها التزام منا.",
    # A question answered by denying the same words, without a "no".
    "en-answer-denies-the-same-words": ("Is there a guarantee? There's a 30-day cancellation window, "
                                        "not a results guarantee."),
    "ar-answer-denies-the-same-words": "في ضمان؟ عندنا فترة إلغاء ٣٠ يوم، لكن ما فيه ضمان نتائج.",
    # Round 57: a vendor that sells to hospitals uses medical words literally (devices, supplies,
    # specialties, vaccines, e-prescriptions); the only guarantee is cancelling any time; we only
    # guarantee that every message passes you first; no doubt follow-up matters; a manufacturer's
    # warranty; the first two weeks of onboarding; a quoted phrase sent back to its writer; and
    # a negation of saying or promising limits a second one («ما نعدك بأرقام ما نقدر نضمنها»).
    "ar-dental-chairs": "كراسي علاج الأسنان متوفرة بضمان المصنع لمدة سنتين.",
    "ar-surgery-supplies": "كتالوج مستلزمات الجراحة محدث، ونرسله للعميل بعد ما توافق على الرسالة.",
    "ar-oxygen-therapy": "العلاج بالأكسجين: أسطوانات متوفرة للمستشفيات والرعاية المنزلية.",
    "ar-flu-vaccines": "لقاحات الإنفلونزا متاحة للطلب المسبق للصيدليات.",
    "ar-e-prescription": "الوصفات الإلكترونية تنتقل من العيادة للصيدلية عبر منصة وصفتي.",
    "en-icu-treatment-rooms": "Our infusion pumps are used in ICU treatment rooms across the region.",
    "en-vaccine-fridges": "Pharmacies can order vaccine fridges through the portal.",
    "ar-cpr-courses": "نقدم دورات تدريبية للتمريض على أجهزة الإنعاش القلبي.",
    "mixed-the-only-guarantee": "الـ guarantee الوحيد عندنا: تقدر تلغي الاشتراك متى ما بغيت.",
    "ar-we-only-guarantee-that": "ما نضمن لك عقود، نضمن بس إن كل رسالة تمر عليك أول.",
    "ar-no-doubt-follow-up-matters": "لا شك إن المتابعة المنتظمة مهمة في المبيعات، ولهذا Dealix يذكرك.",
    "mixed-first-two-weeks": "فريق الـ onboarding يرتب معك مراحل الـ pipeline في أول أسبوعين.",
    "ar-sent-back-to-the-writer": 'أي مسودة فيها كلمة "autopilot" أو "بدون موافقة" يرجع للكاتب يعدلها.',
    "ar-numbers-we-cannot-guarantee": "ما نعدك بأرقام ما نقدر نضمنها.",
    "ar-we-do-not-say-numbers": "ما نقول أرقام ما نضمنها.",
    "en-promise-what-we-cannot": "We don't promise numbers we can't guarantee.",
    "en-quote-what-we-cannot": "We never quote figures we cannot guarantee.",
    # Round 58: impossible that we do not ask for approval; the recipe for a follow-up message;
    # no doubt your team knows its customers; old tools need not change; a guaranteed response
    # time; we guarantee partners one thing; a customer's financing licensed by SAMA; «نضمّن
    # شعاركم في التوقيع» (include); «وهم يقررون» ("and they decide"); see what was sent in the
    # Action Ledger; a message that stays in drafts even if you forget to approve.
    "ar-impossible-not-to-ask": "مستحيل ما نطلب موافقتك قبل أي تواصل مع عميل.",
    "ar-recipe-for-a-message": "الوصفة اللي نقترحها لرسالة المتابعة: تحية، سبب التواصل، وخطوة واضحة.",
    "en-your-team-knows-best": "No doubt your team knows its customers best, so every draft waits for them.",
    "ar-old-tools-stay": "الأدوات القديمة في مكتبك ما تحتاج تتغير؛ نربط Dealix بما هو موجود.",
    "en-guaranteed-response-time": "Every partner gets a guaranteed response from the partner desk within a day.",
    "en-guarantee-one-thing": "We guarantee partners one thing: every action is in the Proof Pack.",
    "en-financing-licensed-by-sama": "Our Murabaha financing is licensed by SAMA; terms are in the fact sheet.",
    "ar-finance-companies-licensed": "من ضمن عملائنا شركات تمويل مرخصة من البنك المركزي السعودي.",
    "ar-include-logo-in-signature": "نقدر نضمّن شعار شركتكم في توقيع الإيميل.",
    "ar-and-they-decide": "Dealix مو بديل عن فريق المبيعات، هو أداة تجهز لهم الشغل وهم يقررون.",
    "en-see-what-was-sent": "Managers can see what was sent, by whom and when, in the Action Ledger.",
    "ar-stays-in-drafts": "حتى لو نسيت تعتمد، الرسالة تقعد في المسودات وما تنرسل من نفسها أبداً.",
    # Round 59: barely scraped into the schedule; notified instantly; «: مضمونه ملخص»; approval one
    # by one or in one batch; an aside «مثل ما يقول غيرنا» keeps the negation; delivery mechanics;
    # a carrier's "Guaranteed delivery" setting; extracting from your own CRM export; opted-out
    # people disappear from drafts; an "auto-send request" macro; a trainer's criticised quotes;
    # instant replies; a condition's own clause stays denied («إذا لاحظت عبارة …، فبلغ»).
    "en-barely-scraped-into": "We barely scraped into the expo schedule, but you'll find us at booth C14.",
    "en-notified-instantly": "You get notified instantly when a client replies, with a draft waiting for review.",
    "ar-newsletter-its-content": "النشرة الشهرية: مضمونه ملخص الفرص الجديدة وسجل الإجراءات.",
    "ar-one-batch-approval": "الموافقة على الرسائل ممكن تكون فردية أو دفعة وحدة بعد ما تستعرضها.",
    "ar-aside-like-others-say": "ما راح نقول لك، مثل ما يقول غيرنا، إن مبيعاتك بتتضاعف.",
    "ar-guarantee-it-leaves-after-approval": "نضمن إنها تطلع من عندنا بعد موافقتك، أما التسليم فيعتمد على المزود.",
    "en-carrier-guaranteed-delivery": 'The "Guaranteed delivery" setting is the carrier\'s delivery receipt option.',
    "en-extract-from-own-crm": "Extract contacts from your own CRM export by uploading the CSV.",
    "ar-opt-out-disappears": "أي شخص يطلب إيقاف الرسائل يختفي من كل المسودات تلقائياً.",
    "en-auto-send-request-macro": "Macro – auto-send request: Dealix doesn't offer auto-send.",
    "en-spot-the-problem": 'Trainees, spot the problem: "Our AI is the vaccine your sales team needs."',
    "ar-examples-we-criticise": "من الأمثلة اللي ننتقدها: «أرباح مضمونة بثلاث أضعاف».",
    "ar-reason-to-doubt": "إذا قال لك البائع «المنافسين كلهم نصابين» فهذا سبب كافي تشك فيه.",
    "en-no-honest-tool": 'Vendor copy that says "guaranteed meetings or your money back": no honest tool can.',
    "mixed-instant-replies": "الـ instant replies في واتساب بزنس ما لها علاقة بسرعة النتائج.",
    "ar-condition-clause-denied": "إذا لاحظت عبارة «نضمن لك صفقات»، فبلغ فريق المراجعة.",
    # Round 60: customers closest to buying; "we don't tell customers that …, or that …" reaches
    # the second clause; "and as a matter of policy never will" is an aside; meetings appear in
    # the calendar at once; "Not on the current roadmap" answers no; an SLA guaranteeing
    # uptime; a draft that appears in seconds; a pilot guarantee (a refund); a rep must not tell
    # prospects a quoted claim.
    "ar-closest-to-buying": "نساعدك تركز على العملاء الأقرب للشراء، بناءً على بيانات الـ CRM عندك.",
    "ar-we-dont-tell-customers": "لا نقول لعملائنا إن الـ deals بتقفل لحالها أو إن المبيعات بتتضاعف خلال شهر.",
    "en-as-a-matter-of-policy": ("We don't, and as a matter of policy never will, buy contact lists or scrape "
                                 "directories."),
    "ar-calendar-updates-at-once": "المواعيد مع العملاء تظهر في التقويم فوراً بعد ما يأكدها الطرف الثاني.",
    "en-not-on-the-roadmap": "Will Dealix ever auto-send? Not on the current roadmap.",
    "ar-sla-uptime": "اتفاقية مستوى الخدمة تضمن توفر المنصة بنسبة ٩٩٫٥٪ شهرياً.",
    "ar-draft-appears-in-seconds": "المسودة تظهر لك خلال ثوانٍ من فتح الفرصة، وتبقى بانتظار اعتمادك.",
    "en-pilot-guarantee": "Our pilot guarantee: if you're not satisfied in 30 days, we refund the pilot fee.",
    "en-must-not-tell-prospects": 'Reps must not tell prospects "it sends automatically, you don\'t need to check."',
    # Round 61: a sentence whose last clause points back and denies («…، شي ما نسويه أبداً»);
    # «وهذا ضد مبدأنا»; "We don't offer that" after a loss note; opted-out drafts stop
    # automatically; we get back to him in six months; a returns policy; a battery warranty and
    # its terms; a gasket scraper kit; an OEM part number; "please delete" a quoted insult.
    "ar-trailing-denial": "جمع الأرقام من قوقل ماب والأدلة التجارية، لأنه يخالف النظام، شي ما نسويه أبداً.",
    "ar-trailing-denial-pointed": "الـ follow-ups اللي تطلع بدون مراجعة، هذي بالضبط اللي Dealix ما يسويها.",
    "ar-against-our-principle": "العميل كان يبي أحد يرسل عنه بدون مراجعة، وهذا ضد مبدأنا، فاعتذرنا منه.",
    "en-we-dont-offer-that": "The prospect wanted fully automated outreach. We don't offer that, so we walked away.",
    "ar-opt-out-stops-drafts": "إذا طلب عميلك إيقاف التواصل، يوقف Dealix كل المسودات الموجهة له تلقائياً.",
    "ar-get-back-in-six-months": "العميل اختار منافس أرخص. خسارة عادلة، نرجع له بعد ستة أشهر.",
    "ar-returns-policy": "سياسة الإرجاع: تقدر ترجع القطعة خلال ١٤ يوم إذا ما انركبت.",
    "ar-battery-warranty": "جميع البطاريات عليها ضمان ١٨ شهر من الوكيل، والمسودة توضح شروط الضمان للعميل.",
    "en-gasket-scraper": "Offer the gasket scraper kit to workshops that ordered head gaskets.",
    "ar-oem-part-number": "نطلع لك رقم القطعة الأصلي من كتالوج الشركة المصنعة.",
    "en-please-delete-insult": 'Please delete "other CRMs are junk" from the flyer; compare features, not insults.',
    # Round 62: an answer after a label («سؤال جاني كثير، والجواب: لا», "Short answer: no");
    # asides "not for a trial, not for a rush campaign"; opportunities the system surfaces from
    # your own CRM; a denial written with ة where the policy writes ه («بلا مبالغة» is pseudo,
    # «ما نقدر نضمنها أبداً» with ة-words around it).
    "ar-answer-after-a-label": ("هل فعلاً تقدر الأداة تضمن لي صفقات؟ سؤال جاني كثير، والجواب: لا، هي تساعدك "
                                "تنظم المتابعة."),
    "en-short-answer-no": "Subject: Can AI close deals on its own?\nPreview: Short answer: no. Here's what it can do.",
    "en-not-for-a-trial": ("We will never, not for a trial, not for a rush campaign, not even if you ask, buy contact "
                           "lists for you."),
    "ar-opportunities-from-your-crm": "الـ opportunities اللي يطلعها النظام مبنية على بيانات الـ CRM حقك.",
    # Round 63: an answer «الجواب: ما نعد بأرقام»; moving templates from the old tool; drafts
    # ready in seconds; what we do guarantee is that you see every draft; a guaranteed completion
    # certificate; a course refund; a remedial training plan; a test result shown at once.
    "ar-answer-we-dont-promise": "هل تضمنون زيادة المبيعات؟ الجواب: ما نعد بأرقام، لكن نرتب لك المتابعة.",
    "mixed-moving-from-old-tool": "فريقنا يساعدك تنقل الـ templates من أداة الـ sequences القديمة.",
    "en-drafts-ready-in-seconds": "Drafts are ready in seconds; closing is still up to you and your customer.",
    "en-what-we-do-guarantee": "We don't guarantee deals. What we do guarantee is that you'll see every draft.",
    "ar-guaranteed-certificate": "شهادة إتمام مضمونة لكل متدرب يكمل الساعات المطلوبة.",
    "en-guaranteed-certificate": "Every participant who passes the assessment is guaranteed an accredited certificate.",
    "ar-course-refund": "إذا أُلغيت الدورة من طرفنا، يرجع لكم المبلغ كامل خلال ١٤ يوم عمل.",
    "ar-remedial-plan": "نساعد الموارد البشرية تبني خطة علاجية للموظفين: دورات قصيرة ومتابعة شهرية.",
    "ar-test-result-at-once": "نتيجة اختبار المتدرب تظهر فوراً بعد التسليم.",
    # Round 64: a promise of the process after a denied outcome («ما نعدك بصفقات، نعدك بمتابعة
    # منظمة لكل عميل»), with and without diacritics.
    "ar-we-promise-follow-up": "ما نعدك بصفقات، نعدك بمتابعة منظمة لكل عميل.",
    "ar-we-promise-follow-up-diacritics": "لَا نَعِدُكَ بِأَرْقَامِ مَبِيعَاتٍ، نَعِدُكَ بِمُتَابَعَةٍ مُنَظَّمَةٍ لِكُلِّ فُرْصَةٍ.",
    # Round 65: a question its label presents, with more on the line; «كم» asks; scrap value and
    # scrape marks at a car dealer; backups left to run; approval logs; a ban after "of any kind";
    # existing data shown within minutes; a warranty's guaranteed parts; a customer's ambulances.
    "ar-labelled-question-then-more": ("سؤال اللقاء: هل الأتمتة الكاملة تناسب مبيعات الشركات؟ "
                                       "نسمع رأي مدراء المبيعات في الحلقة."),
    "ar-labelled-how-many-question": "سؤال للمدراء: كم واحد فيكم جرب أداة وعدته بصفقات بين يوم وليلة؟",
    "en-scrape-marks": "Scrape marks on the door? Our body shop will quote the repair before you visit.",
    "ar-scrap-value": "نحسب لك قيمة السكراب لسيارتك القديمة ضمن عرض الاستبدال.",
    "en-set-and-forget-backups": "Set-and-forget is fine for nightly backups, not for sales.",
    "en-approval-logs-to-review": "Don't worry about approval logs: every decision is recorded for you to review.",
    "en-scraping-of-any-kind-blocked": "Scraping of any kind is blocked; imports come only from files you own.",
    "ar-existing-opportunities-in-minutes": "بعد الربط، خلال دقائق تشوف فرصك الحالية مرتبة قدامك.",
    "en-warranty-guaranteed-parts": "Fleet warranty: guaranteed parts and labour for three years.",
    "ar-customer-ambulances-medicine": ("من عملائنا مجمع طبي عنده سيارات إسعاف وتوصيل أدوية للمنازل، "
                                        "ونتابع صيانتها معه."),
    # Round 66: content, seats and SLA uptime "guaranteed"; exam and lab results; therapy, a
    # remedial plan and medicine at a school; a job that crawls our own docs; a story about
    # other companies' unseen messages (the past tense tells it).
    "ar-full-content-saved": "المضمون الكامل لكل مسودة محفوظ في سجل الإجراءات.",
    "ar-seat-guaranteed": "المقعد مضمون لكل طالب يكمل التسجيل قبل نهاية مايو.",
    "en-only-guarantee-uptime": "What we guarantee is in the SLA: platform uptime, with credits if we miss it.",
    "ar-entrance-exam-results": "نتائج اختبار القبول تصل لولي الأمر خلال يومين من التصحيح.",
    "en-instant-lab-results": ("Instant lab results appear in the clinic's portal; Dealix only handles the "
                               "follow-up messages."),
    "ar-speech-therapy": "نقدم جلسات علاج نطق بإشراف أخصائية معتمدة.",
    "ar-remedial-plan-children": "نجهز خطة علاجية فردية للطلاب اللي عندهم صعوبات تعلم.",
    "ar-nurse-dispenses-medicine": "الممرضة ما تصرف أي دواء للطالب إلا بموافقة ولي الأمر.",
    "ar-crawls-our-docs-site": "الـ job يزحف على موقع التوثيق حقنا فقط عشان يكتشف الروابط المكسورة.",
    "ar-story-of-others-sent-unseen": "شافوا شركات تضررت سمعتها لأن رسائل طلعت باسمها بدون ما يشوفها أحد.",
    # Round 67: the content of an episode; a refund promised, not sales; the purpose of data
    # collection; a plain violation of the law; anyone promising; scraping the barrel; autopilot in
    # aircraft; cancellation guaranteed; instant sending after approval; drafts in seconds; your
    # own channels; a delegated colleague; hotel rooms guaranteed; snow scraped off a car; a spa's
    # treatments; a healing retreat; a price offer that included a discount.
    "ar-content-of-an-episode": "مضمون حلقة الأسبوع: كيف تكتب رسالة متابعة بعد المعرض.",
    "en-promise-about-money": ("Refund policy: cancel in 30 days and we refund you in full. That's a promise about "
                               "your money, not your pipeline."),
    "ar-purpose-of-data-collection": "يلزم النظام الجهات بتحديد غرض جمع البيانات والحصول على الموافقة.",
    "ar-plain-violation": "جمع الأرقام من قروبات الواتساب مخالفة صريحة للنظام.",
    "en-anyone-promising": "Anyone promising revenue in hours is selling something else.",
    "en-scraping-the-barrel": "If your emails feel like scraping the barrel, start from the last meeting's notes.",
    "en-autopilot-in-aircraft": "Autopilot is a great feature in an aircraft, less so in sales.",
    "ar-cancellation-guaranteed": "إلغاء الاشتراك مضمون بضغطة زر.",
    "ar-sent-in-seconds-after-approval": "بعد الاعتماد تطلع الرسالة للعميل خلال ثوانٍ.",
    "ar-draft-in-seconds": "تظهر المسودة خلال ثوانٍ من فتح الصفحة، والقرار لك.",
    "ar-collect-from-your-channels": "اجمع بيانات التواصل من قنواتك المباشرة مثل نماذج الموقع.",
    "ar-delegated-colleague-approves": "تقدر تفوّض زميلك يعتمد الردود بدالك.",
    "en-guaranteed-late-arrival-room": "Your guaranteed late-arrival room is held until midnight.",
    "ar-scrape-snow-off-the-car": "ننصح الضيوف يكشطون الثلج عن زجاج السيارة قبل الرحلة.",
    "ar-room-guaranteed": "الغرفة مضمونة لضيفك حتى الظهر.",
    "ar-herbal-treatments-at-a-spa": "جلسات العلاج بالأعشاب متاحة في السبا.",
    "en-healing-retreat": "Our healing retreat in AlUla is open to company groups.",
    "ar-offer-included-a-discount": "عرض الأسعار تضمّن خصم ١٠٪ للإقامات الطويلة.",
    # Round 68: a second condition joined by «ولا»/"or" before the comma stays with the first, so a
    # denied consequence still denies; a list without consents; breaches of our policy; a heading
    # of sources we do not accept; a guaranteed refund; leads sitting idle; setup time; cancelling
    # a scheduled message; a rival's automation, named neutrally; a delegated manager; SLA uptime;
    # fixing vulnerabilities; a security firm blocking scraping; a link checker; a warning about
    # impostors; suspending accounts that upload bought lists.
    "ar-two-conditions-then-denial": "بدون موافقتك ولا أي تدخل منك، ما تطلع أي رسالة.",
    "en-two-conditions-then-denial": "Without approval or review, nothing is sent.",
    "ar-list-without-consents": "إذا كانت قائمة عملائك قديمة أو بدون موافقات، النتائج بتكون ضعيفة.",
    "ar-against-our-policy": "بيع أو شراء قوائم الأرقام مخالف لسياستنا.",
    "ar-sources-we-do-not-accept": "## مصادر غير مقبولة\n\n- بيانات منسوخة من مواقع أو من حسابات التواصل.",
    "en-guaranteed-refund-question": ("Does Dealix guarantee a refund if I cancel in the first 14 days? Yes, the first "
                                      "month is refunded in full."),
    "en-leads-sitting-idle": "No doubt you have leads sitting idle in your CRM.",
    "ar-whatsapp-link-under-an-hour": "الربط مع الواتساب ياخذ عادة أقل من ساعة، أما النتائج فتعتمد على فريقك.",
    "ar-cancel-before-its-time": "إذا جدولت رسالة بعد اعتمادها، تقدر تلغيها قبل موعدها.",
    "en-rival-sends-automatically": ("HubSpot can send sequences automatically; Dealix keeps a human approval on "
                                     "every message."),
    "ar-delegated-sales-manager": "تقدر تفوّض مدير المبيعات يعتمد الرسائل بدالك وقت إجازتك.",
    "ar-sla-server-availability": "اتفاقية الخدمة تضمن توفر الخوادم بنسبة 99.9%.",
    "ar-fixing-vulnerabilities": "نعالج الثغرات الحرجة خلال 72 ساعة من اكتشافها.",
    "en-blocked-scraping-attempts": "Our service blocked a million scraping attempts against a retailer last quarter.",
    "ar-blocked-scraping-attempts": "منصتنا صدّت 3 ملايين محاولة كشط على بوابات عملائنا.",
    "ar-link-checking-crawler": "الزاحف عندنا يفحص روابط موقعك أنت فقط.",
    "ar-impostor-selling-numbers": "إذا تواصل معك أحد يعرض عليك شراء أرقام باسم Dealix، بلغنا فوراً.",
    "ar-bought-list-suspends-account": "أي حساب يرفع قائمة مشتراة يتم إيقافه.",
    # Round 69: an aside "and in our view …" keeps the negation's reach; "it's not that we can't"
    # opens a denial; "how not to talk" marks an example; same-day activation; the client's own
    # CRM and data; a contractor's literal words (scraping paint, structural surgery, treating
    # cracks, curing concrete, completion dates guaranteed in a contract).
    "en-aside-in-our-view": "We do not, and in our view no honest vendor can, guarantee a number of deals.",
    "en-not-that-we-cannot": "It's not that we can't promise results; we won't.",
    "en-how-not-to-talk": "Role-play card: \"they're all scammers\" is how not to talk about other vendors.",
    "ar-same-day-activation": "التفعيل التقني للحساب ممكن في نفس اليوم، أما النتائج فتحتاج وقت.",
    "en-pulls-from-the-crm": "Dealix pulls contacts and deal stages from HubSpot and Zoho.",
    "ar-client-brings-own-data": "الباقة ما تشمل بيانات مشتراة؛ العميل يجيب بياناته بنفسه.",
    "en-scraping-old-paint": "Scraping old paint off the steel frame is part of phase one.",
    "ar-scraping-old-paint": "كشط الدهان القديم عن الواجهات من نطاق العمل.",
    "ar-structural-surgery": "جراحة إنشائية للمبنى: تدعيم الأعمدة بألياف الكربون.",
    "ar-treating-cracks": "علاج التشققات في الجدران بحقن الإيبوكسي.",
    "mixed-curing-concrete": "الـ curing للخرسانة ياخذ سبعة أيام.",
    "en-completion-dates-guaranteed": "Completion dates are guaranteed in our EPC contracts.",
    "ar-delivery-date-guarantee": "نقدم ضمان موعد التسليم في عقود الإنشاء.",
    # Round 70: "its content in brief"; every big deal needs a person; connections within a
    # bundle; a dental clinic's treatment appointments; data we process; "that isn't our policy"
    # after a reported promise; guaranteed supply of medicines; vaccine suppliers; drug names; a
    # dosage table; diabetes prescriptions.
    "ar-its-content-in-brief": "مضمونه باختصار: نذكّر العميل بالعرض ونسأله عن موعد مناسب.",
    "ar-big-deals-need-a-person": "لا شك أن كل صفقة كبيرة تحتاج متابعة شخصية من فريقك.",
    "ar-connections-in-the-bundle": "ضمن الباقة تحصل على ربط واتساب والبريد.",
    "ar-dental-treatment-appointments": "عيادة الأسنان تذكّر مرضاها بمواعيد العلاج عن طريق Dealix.",
    "ar-data-we-process": "الفئات التي نعالجها: بيانات حسابك وسجلات الموافقة.",
    "en-isnt-our-policy": "If anyone selling Dealix promises you guaranteed deals, that isn't our policy.",
    "en-guaranteed-supply": "The agreement includes guaranteed supply of insulin through Q4.",
    "ar-guaranteed-supply-of-medicines": "العقد فيه توريد مضمون للأدوية حتى نهاية السنة.",
    "ar-vaccine-suppliers": "عيادة أطفال من عملائنا تتابع موردي اللقاحات عن طريق Dealix.",
    "ar-drug-names": "تقدر تكتب أسماء الأدوية بالإنجليزي داخل المسودة.",
    "ar-dosage-table": "المسودة تنقل جدول الجرعات المعتمد كما هو.",
    "en-diabetes-prescriptions": "Pharmacies with many diabetes prescriptions form a segment.",
    # Round 71: a host's question answered by our CEO without a yes; a moderator's question
    # answered «قلت لا»; a promise we never make; others seen in the market; posts that claim; an
    # idea tried and dropped; our own status page; the founder's surgery; bank guarantees; a
    # draft's content; drafting right away; freshness; labels scraped off crates; the harvest
    # season; a buyer's data processed for a purpose; a pest treatment approved by a ministry;
    # not touching the mouse.
    "en-host-and-ceo": "Host: Could Dealix run on its own?\nCEO: Technically we could build that. We chose not to.",
    "ar-moderator-answered-no": ("سألتني مديرة الجلسة: هل بتستغني الشركات عن فرق المبيعات؟ قلت لا، الشركات تحتاج "
                                 "بائعين أكثر."),
    "en-a-promise-we-never-make": "Training slide: why \"set it and forget it\" is a promise we never make.",
    "ar-seen-in-the-market": "نشوف في السوق من يشتري أرقام جوالات بالجملة ويرسل عليها.",
    "ar-posts-that-claim": "شفت منشورات تقول إن أدوات معينة «تقفل الصفقات وأنت نايم»، وDealix ما يسوي كذا.",
    "ar-idea-tried-and-dropped": "جربنا داخلياً فكرة الإرسال بدون مراجعة قبل سنة، ووقفناها بعد أسبوع.",
    "en-scrape-our-own-status-page": "Our engineers wrote a script to scrape our own status page.",
    "ar-founders-surgery": "الأسبوع اللي فات سويت عملية جراحية بسيطة، والحمد لله رجعت للمكتب.",
    "en-bank-guarantee-deadlines": "Dealix tracks bank-guarantee and bid-bond deadlines for each tender.",
    "ar-review-its-content": "كل عرض نكتب مسودته، ونراجع معك مضمونه قبل ما تعتمده.",
    "en-start-drafting-right-away": "Import your contacts so you can start drafting right away.",
    "en-guaranteed-freshness": "Guaranteed freshness: every pallet travels in a monitored cold chain.",
    "ar-scraping-labels-off-crates": "نكشط الملصقات القديمة عن الصناديق المرتجعة.",
    "mixed-harvest-season": "موسم الـ harvest يعني ضغط متابعات، وDealix يرتبها لك.",
    "ar-buyers-data-for-a-purpose": "ما نعالج بيانات أي مشتري إلا للغرض اللي وافق عليه.",
    "ar-pest-treatment-approved": "علاج الآفات العضوي اللي نستخدمه معتمد من وزارة البيئة.",
    "ar-approve-without-touching-the-mouse": "اعتمد أو ارفض بدون ما تلمس الماوس.",
    # Round 72: a phrase deleted before publishing; a line struck from a deck; a prospect who calls
    # a vendor a scam; an ICU doctor; a guaranteed booth location; a list collected through your
    # own forms; an opt-out recorded; a customer who sends it himself.
    "ar-deleted-before-publishing": "أي caption فيه كلمة \"نسحب الأرقام\" ينحذف قبل النشر.",
    "en-struck-the-line": "Legal struck the line \"100% PDPL compliant, guaranteed\" from the deck.",
    "en-if-a-prospect-calls": "If a prospect calls their current vendor a scam, stay neutral.",
    "en-former-icu-doctor": "Our SKO speaker is a former ICU doctor.",
    "en-guaranteed-booth-location": "Platinum sponsors get a guaranteed booth location next to the stage.",
    "ar-we-guarantee-the-booth": "نضمن لك موقع الجناح اللي اخترته إذا دفعت العربون.",
    "en-collected-through-your-own-forms": "Import the lead list your team collected through your own website forms.",
    "ar-opt-out-recorded": "أي عميل يطلب إيقاف الرسائل، والنظام يسجل طلبه ويحترمه.",
    "ar-customer-sends-it-himself": "العميل يكتب الرد ويرسلها بنفسه.",
    # Round 73: "no need to worry" before an approval step; a measured average reply time; the
    # teams who review most benefit most; a nickname the press is asked to drop; other platforms
    # for those who want full automation; drafts piling up unreviewed lower a health score;
    # insurance words (diagnosis codes, pre-approval of treatment, a policy that guarantees
    # cover, guaranteed-issue plans); a denied saying with what we say instead; silence that
    # sends nothing; a price with what it buys; a liability we do not carry.
    "ar-no-need-to-worry-approval": "لا داعي للقلق: ما فيه رسالة تطلع بدون اعتمادك.",
    "en-average-reply-time": "Your team answered new leads in 2.4 hours on average last month.",
    "ar-teams-who-review-benefit-most": "بلا شك العملاء اللي يعتمدون المسودات أول بأول هم أكثر من يستفيد.",
    "en-we-asked-them-not-to": "A reporter called it 'the app that closes deals in seconds'. We asked them not to.",
    "en-other-tools-may-fit": "Other tools may fit companies that want fully automated prospecting; Dealix keeps a "
                              "person in charge.",
    "ar-drafts-piling-up": "تراكم المسودات بدون مراجعة ينزّل درجة صحة الحساب.",
    "ar-diagnosis-codes": "رموز التشخيص في مطالبات العلاج تبقى عند شركة التأمين.",
    "ar-pre-approval-of-treatment": "نتابع مع شركات التأمين طلبات الموافقة المسبقة على العلاج.",
    "ar-policy-guarantees-cover": "وثيقة التأمين تضمن تغطية الموظفين حسب جدول المنافع.",
    "en-guaranteed-issue-plans": "Guaranteed-issue plans are a product your insurer sells.",
    "ar-we-say-instead-help": "ما نقول لك إن النتائج مضمونة، نقول لك إننا نساعدك تتابع.",
    "ar-rather-we-say": "لا نقول إن الصفقات مضمونة، بل نقول إن المتابعة صارت أسهل.",
    "en-nobody-approves-nothing-sent": "If nobody approves a draft, it is never sent.",
    "ar-pay-and-take-the-bundle": "ادفع 500 ريال وخذ الباقة الأساسية.",
    "ar-we-do-not-carry-liability": "Dealix لا يتحمل المسؤولية القانونية عن محتوى رسائلك؛ أنت تعتمد كل رسالة.",
    "en-insurer-bears-liability": "The insurer bears the liability for claims, not Dealix.",
    # Round 74: instant appointment booking; a clinic that treats tooth sensitivity; doctors who
    # diagnose and prescribe; medicine as our profession; a prescription handed to a patient;
    # "zero guarantees"; a rival's practice followed by "Dealix doesn't:"; records that never
    # reach Dealix; a founder or a rep who works on his own; a negotiation we do not take over.
    "ar-instant-appointment-booking": "الحجز الفوري للمواعيد من تطبيق العيادة.",
    "en-instant-appointment-booking": "Instant appointment booking is on our clinic's website.",
    "ar-we-treat-tooth-sensitivity": "نعالج حساسية الأسنان بالليزر في فرع الرياض.",
    "en-physicians-handle-diagnosis": "Our physicians handle the diagnosis; Dealix handles the reminder emails for "
                                      "the sales team.",
    "en-medicine-is-our-profession": "Medicine is our profession, not a metaphor in our ads.",
    "ar-prescription-for-the-patient": "الوصفة الطبية تُعطى للمريض في العيادة.",
    "ar-doctor-prescribes-the-treatment": "الطبيب يصرف العلاج، وDealix يرتب مواعيد المتابعة مع الشركات.",
    "en-zero-guarantees": "Zero guarantees on pipeline numbers; what you get is a log of every follow-up.",
    "en-dealix-doesnt-colon": "Some tools sell contact lists. Dealix doesn't: we use only data you own.",
    "ar-we-dont-do-this": "بعض المنصات تبيع قوائم أرقام؛ احنا ما نسوي هذا.",
    "en-prescriptions-never-reach": "Prescriptions never reach Dealix; it only stores company contacts.",
    "ar-founder-works-alone": "للمؤسس اللي يشتغل لحاله، Dealix يرتب المتابعات.",
    "ar-rep-works-alone": "مندوبنا يشتغل لوحده في المنطقة الشرقية ويعتمد كل رسالة بنفسه.",
    "ar-we-do-not-negotiate-for-you": "Dealix ما يتولى التفاوض عنك؛ فريقك هو اللي يفاوض.",
    # Round 75: the content of a contract; an email from a project manager; a guaranteed-yield
    # clause quoted from a signed lease; an instant viewing booked in an app; a unit an investor
    # books; tools we have seen promise things; an article that misquotes us; an experiment we
    # shut down; a first draft within hours, deals in their own time.
    "ar-content-of-the-contract": "راجعنا مضمون العقد مع المستشار القانوني قبل التوقيع.",
    "ar-email-from-the-project-manager": "بيوصلك إيميل من مدير المشروع فيه موعد التسليم.",
    "en-guaranteed-yield-clause": "The draft quotes the guaranteed yield clause from the signed lease.",
    "ar-instant-viewing-booking": "احجز موعد معاينة فوري من التطبيق.",
    "ar-investor-books-a-unit": "كل مستثمر يحجز وحدة يستلم عقده إلكترونياً.",
    "en-seen-tools-that-promise": "You've probably seen tools that promise instant sales; we don't.",
    "ar-if-you-read-that-we": "إذا قريت إننا نقفل الصفقات في دقائق، ترى هذا مو كلامنا.",
    "en-shut-down-an-experiment": "We shut down an experiment that sent replies without review.",
    "ar-first-draft-within-hours": "تقدر تشوف أول مسودة خلال ساعات من ربط الـ CRM، والصفقات تاخذ وقتها.",
    # Round 76: status codes an endpoint returns; a docs crawler; a self-healing import;
    # webhook delivery and ordering guarantees; "all we guarantee is that the draft arrives";
    # guaranteed parcel delivery windows and express shipping; refrigerated medicines and the
    # licence to move them; a driver who issues the invoice from his phone; a manager's phone.
    "ar-endpoint-returns-200": "مسار /status يرجع ٢٠٠ لما تكون الخدمة شغالة.",
    "ar-server-returns-429": "عند تجاوز الحد يرجع الخادم الرمز ٤٢٩.",
    "en-search-crawler-indexes": "Our search crawler indexes the help center every night.",
    "ar-crawler-indexes-docs": "الزاحف يفهرس صفحات التوثيق كل ليلة.",
    "en-self-healing-imports": "Self-healing imports resume from the last checkpoint.",
    "en-delivery-guarantee": "Webhooks come with an at-least-once delivery guarantee.",
    "en-we-guarantee-ordering": "We guarantee ordering within a single conversation.",
    "ar-all-we-guarantee-is-arrival": "كل ما نضمنه هو وصول المسودة لقائمة المراجعة.",
    "ar-same-day-delivery-guaranteed": "نضمن توصيل الطلبات داخل جدة في نفس اليوم.",
    "en-guaranteed-delivery-windows": "Guaranteed same-day delivery windows for merchants in Jeddah.",
    "ar-guaranteed-delivery-windows": "نوافذ توصيل مضمونة للمتاجر.",
    "ar-express-shipping-two-hours": "شحن سريع خلال ساعتين داخل الرياض.",
    "en-ship-refrigerated-medicines": "We ship refrigerated medicines to hospitals.",
    "ar-licence-to-move-medicines": "نقل الأدوية يتطلب ترخيص من الهيئة.",
    "ar-driver-issues-the-invoice": "المندوب يطلع الفاتورة من جواله.",
    "en-managers-phone-preview": "The HR manager's phone shows a preview of your message.",
    # Round 77: «ومضمونه» is a message's content; contacts met at a conference, asked about;
    # what "scraping" means in a document; what we collect and why; data-subject requests that
    # arrive at once; a fixed profit rate in a financing contract; what a phrase implies; a
    # purchased list the import stops.
    "ar-its-content-is-editable": "الرسالة جاهزة ومضمونه قابل للتعديل.",
    "ar-contacts-from-the-conference": "هل نقدر نراسل الـ contacts اللي جمعناها من المؤتمر؟ بس إذا وافقوا.",
    "en-scraping-means": "In this document, scraping means automated extraction from our own app.",
    "ar-what-we-collect-and-why": "نوضح في صفحة الخصوصية وش نجمع وليش.",
    "ar-data-subject-requests-at-once": "طلبات أصحاب البيانات توصلك فوراً.",
    "ar-fixed-profit-rate-in-contract": "نسبة الربح الثابتة مذكورة في العقد.",
    "en-it-implies-sells-on-its-own": "Never say \"sells while you sleep\"; it implies the system sells on its own.",
    "ar-no-ads-with-guaranteed-profit": "ممنوع في الإعلانات نكتب \"أرباح مضمونة\".",
    "en-import-stops-purchased-list": "Importing a purchased list? Dealix will stop the import.",
    # Round 78: "no reply is not consent"; what we can guarantee is the approval; a replacement
    # guarantee for a placed candidate; a draft or brochure line to strike; scraping outside a
    # contract's scope.
    "ar-no-reply-is-not-approval": "عدم الرد على طلب الموافقة لا يعني موافقة.",
    "en-what-we-can-guarantee": "What we can guarantee is that nothing is sent without your approval.",
    "en-free-replacement-guarantee": "Every placement comes with a free replacement guarantee.",
    "en-if-the-draft-says": "If the draft says \"closes deals while you sleep\", send it back.",
    "en-strike-the-line": "Before printing, strike \"the cure for slow sales\" from the brochure.",
    "ar-scraping-out-of-scope": "الكشط من مواقع الغير خارج نطاق العقد.",
    # Round 79: a podcast host who pushed back on "total scams"; contact data collected
    # yourself; "it isn't that we can't"; a slide line to strike («ينشال»), copy that is not
    # published («ما ينشر»), a line to drop.
    "en-not-how-we-talk": ("Podcast note: a guest called rival CRMs \"total scams\". That is not how we talk "
                           "about anyone."),
    "en-collected-yourself": "We only use contact data you've collected yourself.",
    "en-it-isnt-that-we-cant": "It isn't that we can't auto-send; we just don't.",
    "ar-slide-line-removed": "أي slide فيه «عائد مضمون 5x» ينشال قبل العرض.",
    "ar-copy-not-published": "أي copy يقول \"risk-free\" ما ينشر.",
    "en-please-drop-the-line": "Please drop the \"HubSpot is dinosaur tech\" line.",
    # Round 80: a guaranteed response time, a support guarantee, a guaranteed course seat;
    # scraping old paint; contacts collected with consent; a cleaning recipe; disinfectants a
    # ministry approved.
    "ar-guaranteed-response-time": "نضمن وقت الاستجابة للبلاغات خلال ساعتين.",
    "en-support-guarantee": "Our support guarantee covers response times.",
    "ar-guaranteed-course-seat": "نضمن لك مقعد في الدورة إذا سجلت بدري.",
    "en-crew-scrapes-old-paint": "The crew scrapes old paint before repainting.",
    "ar-we-scrape-old-paint": "نكشط الدهان القديم قبل الطلاء.",
    "en-collected-with-consent": "Every contact here was collected with consent.",
    "ar-cleaning-recipe": "وصفة تنظيف الرخام: ماء وصابون متعادل.",
    "ar-ministry-approved-disinfectants": "نستخدم معقمات معتمدة من وزارة الصحة.",
    # Round 81: a welcome email that included a link; a recipe for success; a wheat-allergy
    # treatment on a menu; burnt rice scraped off a pot; a buffet guaranteed to arrive.
    "ar-welcome-email-included": "تضمّن إيميل الترحيب رابط الدليل.",
    "ar-recipe-for-success": "وصفة نجاحي: أسمع أكثر.",
    "ar-wheat-allergy-treatment": "عندنا أطباق للي يتلقون علاج حساسية القمح.",
    "en-scraped-rice-off-the-pot": "We scraped the burnt rice off the pot and started again.",
    "ar-buffet-arrives-guaranteed": "نضمن وصول البوفيه قبل الاجتماع.",
    # Round 82: a guaranteed first-response time in an SLA; a summary that explains its content;
    # a reply guaranteed to wait for sign-off; a pentest crawler on the client's own app;
    # autopilot backups; what some brokers sell; a translator's note on a quoted phrase.
    "en-guaranteed-15-minute-first-response": "We offer a guaranteed 15-minute first response on P1 tickets.",
    "ar-response-time-guaranteed-by-contract": "زمن الرد على البلاغات العاجلة مضمون بالعقد خلال ساعتين.",
    "ar-summary-explains-its-content": "الملخص يشرح مضمونها باختصار قبل الاعتماد.",
    "en-guaranteed-to-wait-for-sign-off": "Each reply is guaranteed to wait for your sign-off.",
    "en-crawler-on-your-own-web-app": "The crawler only covers your own web application, inside the agreed scope.",
    "ar-crawling-the-app-after-authorisation": "الزحف على التطبيق يبدأ بعد توقيع خطاب التفويض.",
    "en-autopilot-backups": "Autopilot backups run every night at 2 a.m.",
    "en-some-brokers-sell-lists": "Some brokers sell contact lists; we have never bought one.",
    "en-translator-note-do-not-translate": ("Translator note: \"results guaranteed\" — do not translate; flag it to "
                                            "compliance."),
    "ar-do-not-translate-the-quote": "عبارة «نضمن لك الصفقات» لا تترجم، نرجعها لفريق الامتثال.",
    # Round 83: "only after" you approve; a digital certificate; content that stays in your
    # hands; an instant invoicing service; answering the same day; quiz and training material
    # that quotes what not to say; a ticked rewrite that claims nothing.
    "ar-sent-in-your-name-only-after": "ما فيه رد ينرسل باسمك إلا بعد ما توافق عليه.",
    "ar-digital-certificate": "يحصل كل متدرب على شهادة رقمية بعد الاختبار.",
    "ar-its-content-stays-with-you": "ومضمونها يظل بيدك: تعدل وتعتمد.",
    "en-instant-invoicing-service": "Our instant invoicing service is now live for all branches.",
    "ar-reply-the-same-day": "نحاول نرد على كل استفسار في نفس اليوم.",
    "en-true-or-false-item": "True or false: a rep may say Dealix \"guarantees deals.\" Answer: false.",
    "en-spot-the-violations": ("The trainer reads \"we close deals for you overnight\" and asks the group to spot the "
                               "violations."),
    "en-quote-not-allowed": "\"Zero-risk pilot\" — not allowed in our copy.",
    "ar-wrong-version-in-role-play": "النسخة الخاطئة: «النظام يرسل لحاله وما تحتاج تراجع».",
    "ar-fix-this-sentence": "عدّل هذه الجملة: «برنامجنا علاج لمشاكل مبيعاتك».",
    "ar-crossed-then-ticked-rewrite": "❌ «نقفل لك الصفقات بثواني» ✅ «مسوداتك جاهزة للمراجعة»",
    # Round 84: replies reaching the inbox instantly; a weekly harvest report; the autopilot
    # myth; a request we decline; withdrawing consent; you make sure by reviewing; guaranteed
    # confidentiality.
    "en-replies-reach-the-inbox-instantly": "Replies reach your inbox instantly, and you choose what to answer.",
    "en-weekly-harvest-report": "Weekly harvest: the follow-ups your team approved this week.",
    "en-the-autopilot-myth": "Session 3: \"The autopilot myth\" and why reps still decide.",
    "ar-if-asked-to-sell-a-list": "لو طلب منك عميل نبيع له قائمة أرقام، اعتذر بلطف.",
    "ar-withdraw-your-consent": "تقدر تسحب موافقتك على الرسائل التسويقية في أي وقت.",
    "ar-you-make-sure-by-reviewing": "بمراجعتك للمسودة تضمن إن الرسالة تعكس أسلوبك.",
    "ar-confidentiality-guaranteed": "سرية بيانات العملاء مضمونة بموجب العقد.",
    "en-confidentiality-guaranteed": "Client confidentiality is guaranteed by our engagement letter.",
    # Round 85: a question about software in general; orders syncing within minutes; a past
    # statistic about following up; instant messengers; a guaranteed buy-back value; warranty
    # claims; short content; a list under "What not to offer"; a denial with a "nor" after a
    # comma; «ليس صحيحاً ما …».
    "en-can-software-really-guarantee": "Can software really guarantee you sales? We asked three founders.",
    "ar-orders-show-up-within-minutes": "بعد الربط تظهر طلبات متجرك في لوحة Dealix خلال دقائق.",
    "en-teams-that-followed-up-within": ("Teams that followed up within 24 hours won more deals, according to our 2024 "
                                         "data."),
    "en-instant-messengers": "Instant messengers carried most first contacts last year.",
    "en-guaranteed-buy-back-value": "The guaranteed buy-back value comes from each lease, word for word.",
    "ar-warranty-claims": "مطالبات الضمان يتابعها قسم الخدمة.",
    "ar-with-short-content": "وبمضمون مختصر، تذكّر المسودة العميل بموعد الصيانة.",
    "en-what-not-to-offer": "## What not to offer\n\n- Turning off approvals. That option doesn't exist.",
    "ar-not-our-policy-nor": "ليس من سياستنا، ولا من أسلوبنا، أن نشتري قوائم أرقام.",
    "ar-not-true-what-is-said": "ليس صحيحاً ما يقال عن أن Dealix علاج لكل مشاكل المبيعات.",
    # Round 86: "not impossible, not guaranteed"; not answering is not consent; purchased data
    # as a liability; an impersonator's offer; a moderation rule; a story sent back; learning
    # prescriptions and skill gaps; a refund window; an offer we turned down.
    "en-not-impossible-not-guaranteed": "Not impossible, not guaranteed: results depend on your team and your market.",
    "ar-no-reply-is-not-consent": "عدم ردك على طلب الموافقة ما يعتبر موافقة.",
    "en-purchased-databases-a-liability": "Purchased databases are a liability under PDPL.",
    "ar-impersonator-selling-lists": "حساب وهمي يدعي إنه من Dealix ويبيع قوائم أرقام، بلغوا عنه.",
    "en-posts-calling-vendors-liars": "Posts calling other vendors liars will be removed.",
    "en-stories-sent-back": "Stories that say \"guaranteed deals\" get sent back to the author.",
    "en-learning-prescription": "Each employee gets a learning prescription after the assessment.",
    "ar-treating-skill-gaps": "نعالج فجوات المهارات بورش عمل تطبيقية.",
    "ar-refund-within-14-days": "الـ refund يرجع لحسابك خلال ١٤ يوم.",
    "ar-we-turned-down-an-offer": "رفضنا عرض مورد يبيع قوائم أرقام.",
    # Round 87: Dealix, not a rival, does not reply for you; a line after a quote that fails
    # review; a review checklist; a tool tested and rejected; drafting by itself; drafts that
    # appear fast; healthy recipes; a diabetes conference; rooms held; a late-arrival
    # guarantee; scraping ice.
    "ar-dealix-does-not-reply-for-you": (
        "الفرق بيننا وبين أدوات الـ chatbot: Dealix ما يرد بدالك، يجهز لك المسودة وأنت تعتمدها."),
    "en-lines-like-this-fail-review": "> \"Other CRMs are dinosaurs.\"\n\nLines like this fail our review.",
    "en-checklist-does-it-suggest": "Checklist: Does it suggest sending without approval? If yes, rewrite it.",
    "en-scraper-tested-and-rejected": "We tested a contact scraper last year and rejected it.",
    "en-writes-each-draft-on-its-own": "Dealix writes each draft on its own; sending still takes your click.",
    "en-drafts-appear-in-seconds": "Most drafts appear in under 5 seconds.",
    "ar-healthy-recipes-menu": "قائمة الوصفات الصحية متوفرة في مطعم الفندق.",
    "ar-diabetes-treatment-conference": "استضفنا مؤتمر علاج السكري الشهر الماضي.",
    "ar-rooms-guaranteed-until-cut-off": "الغرف محجوزة ومضمونة حتى تاريخ الـ cut-off.",
    "en-guaranteed-late-arrival": "Guaranteed late arrival for card-secured bookings.",
    "en-scrape-the-ice": "Our staff scrape the ice off the terrace every morning.",
    # Round 88: content kept; a first-response SLA; a cohort median; delivery to site; an
    # agreed pressure; cement running out; floor scraping; old paint; instant quotes.
    "ar-draft-keeps-its-content": "يقترح Dealix مسودة تحافظ على مضمونها.",
    "en-sla-first-response-to-urgent": "Support SLA: we guarantee a first response to urgent tickets within two hours.",
    "en-cohort-median-in-60-days": "The last cohort closed a median of four deals in the first 60 days.",
    "ar-steel-delivery-guaranteed-48h": "توريد الحديد للموقع مضمون خلال ٤٨ ساعة من أمر الشراء.",
    "en-pumps-guarantee-agreed-pressure": "Our pumps guarantee the agreed pressure at the outlet.",
    "ar-before-cement-runs-out": "ننبهك قبل ما تخلص كميات الأسمنت في المخزن.",
    "en-floor-scraping-quoted": "Floor scraping and grinding are quoted per square metre.",
    "ar-we-offer-old-paint-scraping": "نقدم كشط الدهان القديم قبل الطلاء.",
    "en-instant-quotes-for-steel": "Instant quotes for steel are on our website.",
    # Round 89: its content sent for approval; a free month for account holders; the data an
    # entity collects; harvest season; an aside that widens a denial; pausing with one click;
    # freshness of dates; palm-tree treatment; follow-ups prepared in a morning.
    "ar-we-send-you-its-content": "كل عرض نرسل لك مضمونه قبل الإرسال.",
    "ar-members-get-a-free-month": "عملاء الحسابات التجارية يحصلون على شهر تجربة إضافي.",
    "ar-data-the-entity-collects": "الجهة مسؤولة عن البيانات الشخصية التي تجمعها.",
    "en-during-harvest": "Follow-ups slow down during harvest; Dealix reminds you and you decide.",
    "en-nothing-not-the-drafts-replaces": (
        "Nothing in Dealix, not the drafts and not the reminders, replaces your sales team."),
    "ar-pause-any-sequence-one-click": "نوقف أي سلسلة رسائل بضغطة وحدة.",
    "ar-freshness-of-dates-guaranteed": "نضمن لك نضارة التمور حتى تصل مستودعك.",
    "ar-preventive-palm-treatment": "العلاج الوقائي للنخيل يبدأ بعد التلقيح.",
    "en-prepares-follow-ups-in-a-morning": "Our coordinator prepares the weekly follow-ups in one morning.",
    # Round 90: a panel question; a session starting soon; a post that is not published; a
    # broken connection; empathy with "no doubt"; physiotherapy and prescribed workouts at a gym;
    # instant membership activation.
    "ar-session-question-label": "🔔 جلسة نقاش الساعة 4: هل الـ AI يقدر يستبدل فريق المبيعات؟",
    "en-starting-in-15-minutes": "Starting in 15 minutes, Room B: \"Follow-ups that respect your customer's time\".",
    "ar-post-not-published": "أي بوست فيه «يبيع عنك وأنت نايم» ما يتنشر باسم Dealix.",
    "en-broken-crm-connection": "The health check flags any broken CRM connection.",
    "en-no-doubt-leads-went-cold": "No doubt you've had leads go cold; Dealix shows which ones need a reply.",
    "ar-physio-clinic-at-branch": "عيادة العلاج الطبيعي في الفرع تقدم علاج الإصابات الرياضية.",
    "en-physio-prescribes-workouts": "Our physiotherapists prescribe workouts after the first assessment.",
    "ar-coach-writes-exercise-plan": "المدرب يكتب لك وصفة تمارين أسبوعية.",
    "ar-instant-membership-activation": "تفعيل العضوية فوري بعد توقيع العقد.",
}


@pytest.mark.parametrize("text", list(ALLOWED.values()), ids=list(ALLOWED))
def test_denials_and_mentions_are_allowed(policy: CompiledPolicy, text: str) -> None:
    assert claim_locs(lint(policy, text)) == []


# (text, where the claim starts, category)
CLAIMS = {
    "ar-pseudo-no-doubt": ("لا شك أننا نضمن لك نتائج أفضل هذا الربع.", "نضمن", "guaranteed-results"),
    "ar-pseudo-dont-worry": ("لا تقلق، نضمن لك صفقات هذا الشهر.", "نضمن", "guaranteed-results"),
    "en-pseudo-not-only": ("Not only do we guarantee results, we double them.", "guarantee", "guaranteed-results"),
    "en-pseudo-no-doubt": ("No doubt we guarantee you more deals.", "guarantee", "guaranteed-results"),
    "en-pseudo-dont-worry": ("Don't worry, we guarantee your quota.", "guarantee", "guaranteed-results"),
    # (Nothing but profit is a promise of financial return: legal-financial since round 55, as a
    # reviewer labeled «لا نضمن لك إلا الربح» in a held-out set.)
    "ar-exceptive": ("لا نضمن لك إلا الربح.", "نضمن", "legal-financial-promise"),
    "ar-relative-ma": ("ما نضمنه هو الربح.", "نضمنه", "guaranteed-results"),
    # Risk-free promises the outcome; risk-free of legal trouble is a legal promise.
    "ar-without-risk": ("اشترك اليوم بلا مخاطر.", "بلا", "guaranteed-results"),
    "en-risk-free": ("Try Dealix risk-free for a quarter.", "risk-free", "guaranteed-results"),
    "ar-without-legal-risk": ("اشترك الآن بدون أي مخاطر قانونية.", "بدون", "legal-financial-promise"),
    "en-no-legal-risk": ("Send with Dealix and carry no legal risk.", "no legal risk", "legal-financial-promise"),
    "ar-negation-after-claim": ("نضمن لك أنك لن تخسر.", "نضمن", "guaranteed-results"),
    "en-negation-after-claim": ("We guarantee you will never miss a target.", "guarantee", "guaranteed-results"),
    "ar-negation-in-earlier-clause": ("لا نبيع البيانات، لكن نضمن لك صفقات.", "نضمن", "guaranteed-results"),
    "en-terminator-but": ("We don't charge setup fees, but we guarantee results.", "guarantee", "guaranteed-results"),
    "ar-negation-in-earlier-sentence": ("لا عقود طويلة. نضمن لك صفقات.", "نضمن", "guaranteed-results"),
    "en-not-just": ("We don't just promise results, we guarantee them.", "guarantee", "guaranteed-results"),
    # Look-alikes of the new negation rules that stay claims.
    "en-list-head-affirms": ("No contracts, guaranteed results.", "guaranteed", "guaranteed-results"),
    "ar-condition-affirmed": ("بدون موافقتك، نرسل العرض للعميل.", "بدون", "approval-bypass"),
    "ar-condition-consequence-is-the-claim": ("Dealix معتمد من الجهات الحكومية، فلا خوف عليك من أي مخالفة.",
                                              "معتمد", "legal-financial-promise"),
    "en-affirmed-then-denied": ("We guarantee results, and we never scrape.", "guarantee", "guaranteed-results"),
    "ar-table-claim-column": ("| الباقة | الوعد |\n|---|---|\n| النمو | نضمن لك صفقات |", "نضمن",
                              "guaranteed-results"),
    # "banned" without "is" is not a denial of the claim before it.
    # A list item is a claim when the list is not introduced as examples, or is not quoted.
    "ar-list-of-promises": ("ما نقدمه لك:\n- «نضمن لك صفقات»\n- تقارير أسبوعية", "نضمن", "guaranteed-results"),
    "en-unquoted-list-under-cue": ("Never use these phrases in outreach:\n- we guarantee results", "guarantee",
                                   "guaranteed-results"),
    # Claims that keep their negation words: "no less than" is "at least"; a question with no
    # "any" is an offer.
    "ar-no-less-than": ("عائد على الاستثمار لا يقل عن ٣٠٠٪ من قيمة اشتراكك.", "عائد", "legal-financial-promise"),
    "en-question-offer": ("Want guaranteed deals? Book a demo.", "guaranteed", "guaranteed-results"),
    "en-faq-answer-yes": ("**Q: Do you guarantee results?**\nA: Yes, every customer closes more.", "guarantee",
                          "guaranteed-results"),
    "en-condition-then-claim": ("Without approval, drafts go straight to your prospects.", "Without",
                                "approval-bypass"),
    "en-nominal-list-head": ("No contracts, guaranteed results, happy customers.", "guaranteed", "guaranteed-results"),
    "en-affirmed-list": ("We scrape, buy, and rent contact lists.", "scrape", "scraping"),
    "en-banned-elsewhere": ("Others call scraping banned; our crawler scrapes every directory.", "scraping",
                            "scraping"),
    "ar-question-answered-yes": ("هل نضمن لك صفقات؟ نعم!", "نضمن", "guaranteed-results"),
    "en-question-answered-yes": ("Can we guarantee deals? Absolutely.", "guarantee", "guaranteed-results"),
    "ar-double-negation": ("مستحيل ما تسترد قيمة اشتراكك.", "تسترد", "legal-financial-promise"),
    # A new clause with its own subject is out of the earlier negation's reach.
    "en-new-clause-and-we": ("We never scrape LinkedIn and we guarantee results.", "guarantee",
                             "guaranteed-results"),
    "en-new-clause-comma": ("We don't sell data, and we guarantee 3x pipeline.", "guarantee", "guaranteed-results"),
    "ar-new-clause-wa-nahnu": ("لا نبيع البيانات، ونحن نضمن لك النتائج.", "نضمن", "guaranteed-results"),
    # An aside that is a clause of its own is not skipped.
    "en-aside-is-a-clause": ("We never scrape LinkedIn, and we guarantee results.", "guarantee",
                             "guaranteed-results"),
    # «ما» with a هو a few words on is a relative pronoun.
    "ar-relative-ma-far": ("في الحقيقة، ما نضمنه لكل عميل هو مضاعفة العائد.", "نضمنه", "guaranteed-results"),
    # A question that the claim answers, and a "not available" elsewhere in the text.
    # A withdrawn negation does not negate.
    "en-struck-negation": ("We ~~never~~ guarantee results.", "guarantee", "guaranteed-results"),
    # A heading «كلمة العميل» ("the customer's word") is not a cue that the quote below is an example.
    "ar-testimonial-under-heading": ("## كلمة العميل\n> «بصراحة استغنينا عن فريق المبيعات كله، Dealix صار يسوي "
                                     "الشغل كامل لحاله.»", "استغنينا", "full-automation"),
    "ar-exceptive-close": ("ما نضمن لك غير الربح.", "نضمن", "legal-financial-promise"),
    # "a" is not "any": a question about a tool that we answer for ourselves makes the claim.
    "en-a-is-not-any": ("Can a tool close deals on its own? Ours can.", "tool close deals", "full-automation"),
    "ar-answered-for-us": ("هل فيه نظام يقفل الصفقات لحاله؟ نظامنا يقدر.", "يقفل", "full-automation"),
    # A cue inside an "if" clause stays there.
    "en-if-no-list": ("If the customer has no usable list, we buy contact lists for them.", "buy", "scraping"),
    "ar-if-no-list": ("إذا العميل ما عنده قائمة، نشتري له قوائم أرقام جاهزة.", "نشتري", "scraping"),
    # "Without …" ends at the subject of the clause that holds the claim.
    "ar-without-ends-at-subject": ("بعد ٢٤ ساعة بدون رد منك النظام يرسلها من نفسه.", "يرسلها", "approval-bypass"),
    # A line that is not an answer: "No opportunities yet." under a claim does not deny it.
    "en-no-is-not-an-answer": ("Results guaranteed\n\nNo opportunities yet.", "guaranteed", "guaranteed-results"),
    "mixed-no-is-not-an-answer": ("نتائج مضمونة 100%\n\nNo opportunities yet.", "مضمونة", "guaranteed-results"),
    # Dialect assurances without the stock words.
    "ar-dialect-coming-for-sure": ("مع Dealix العملاء جايينك جايينك.", "جايينك", "guaranteed-results"),
    "ar-dialect-go-to-sleep": ("خله عليه وروح نام، Dealix يراسل ويتابع ويقفل.", "خله", "full-automation"),
    "ar-dialect-before-the-tea-cools": ("ما تمدي تشرب فنجالك إلا والعقود موقعة.", "تمدي", "exaggerated-speed"),
    "en-results-from-day-one": ("Results from day one, no ramp-up.", "Results", "exaggerated-speed"),
    # Idioms of certainty, automation and impunity, without the stock words.
    "en-money-in-the-bank": ("Book the demo and consider your Q3 pipeline money in the bank.", "money in the bank",
                             "guaranteed-results"),
    "en-closer-never-sleeps": ("Your new closer never sleeps and never takes a day off.", "closer", "full-automation"),
    "en-regulator-never-knocks": ("Plug in Dealix and the regulator will never knock on your door.", "regulator",
                                  "legal-financial-promise"),
    "ar-dialect-put-it-in-your-belly": ("تبي عملاء؟ حطها في بطنك، العملاء جايينك.", "حطها", "guaranteed-results"),
    "ar-dialect-settled": ("اشتراكك معنا يعني الـ pipeline يتضاعف، وهذا شي مفروغ منه.", "مفروغ", "guaranteed-results"),
    # Round 29: claims paraphrased without the stock words.
    "ar-a-bet-that-cannot-lose": ("رهان لا يخسر: العملاء جايين لك.", "رهان", "guaranteed-results"),
    "en-walk-away-with-more-revenue": ("Try it for a month and walk away with more revenue.", "walk away",
                                       "guaranteed-results"),
    "en-data-partners-sell-lists": ("Our data partners sell fresh lead lists every week, ready to import.",
                                    "data partners", "scraping"),
    "ar-renting-lists": ("نستأجر لك قوائم أرقام جاهزة من أفضل المزودين.", "نستأجر", "scraping"),
    "en-everyone-who-follows": ("Paste a competitor's page and get a contact list of everyone who follows it.",
                                "contact list", "scraping"),
    "ar-first-message-to-signature": ("Dealix يتولى المتابعة من أول رسالة حتى توقيع العقد.", "يتولى",
                                      "full-automation"),
    "ar-no-need-to-wait-for-approval": ("لا داعي لانتظار موافقتك، الرسالة تطلع في وقتها.", "لا داعي",
                                        "approval-bypass"),
    "en-neither-sleeps-nor-waits": ("Dealix neither sleeps nor waits for your approval.", "neither",
                                    "approval-bypass"),
    "ar-you-will-never-see-a-fine": ("مع Dealix ما راح تشوف غرامة من أي جهة.", "ما راح", "legal-financial-promise"),
    "ar-profits-ten-times-the-price": ("أرباحك هذا العام ستفوق اشتراكك عشرة أضعاف.", "ستفوق",
                                       "legal-financial-promise"),
    "en-pipeline-by-monday": ("Sign up Friday, pipeline by Monday.", "pipeline", "exaggerated-speed"),
    "ar-seconds-from-the-first-customer": ("ثوانٍ تفصلك عن أول عميل.", "ثوانٍ", "exaggerated-speed"),
    # Round 30: hype and dialect without the stock words.
    "en-every-lead-will-convert": ("Every lead Dealix surfaces will convert.", "Every lead", "guaranteed-results"),
    "ar-at-least-five-deals-each": ("كل عميل يشترك معنا يطلع بخمس صفقات على الأقل.", "كل عميل", "guaranteed-results"),
    "ar-dont-bother-reviewing": ("لا تتعب نفسك تراجع، النظام يبعتها من نفسه.", "لا تتعب", "approval-bypass"),
    "en-approval-is-a-speed-bump": ("Approval is a speed bump, so we took it out.", "Approval", "approval-bypass"),
    "en-pays-your-fine": ("If you are ever fined under PDPL, Dealix pays the fine for you.", "Dealix pays",
                          "legal-financial-promise"),
    "en-comes-back-as-five": ("Every SAR 1 you spend comes back to you as SAR 5.", "comes back",
                              "legal-financial-promise"),
    "ar-not-an-hour-before-two-deals": ("ما كملت ساعة من التفعيل إلا وعندي صفقتين.", "ما كملت", "exaggerated-speed"),
    "en-clown-car": ("Unlike the clown car of offshore lead-gen shops, we know Saudi buyers.", "clown car",
                     "competitor-attack"),
    "en-antibiotic-for-your-crm": ("Think of Dealix as the antibiotic for your sick CRM.", "antibiotic",
                                   "medical-language"),
    # Round 31: formal and technical wording; a character reference in Markdown; ما after a
    # preposition is "what"; a cross after an insult is emphasis, not "not offered".
    "en-entity-in-markdown": ("Dealix &#115;crapes LinkedIn profiles for you.", "&#115;crapes", "scraping"),
    "ar-ma-after-preposition": ("ويتفوق الحل على ما تقدمه الشركات المنافسة من منتجات رديئة.", "رديئة",
                                "competitor-attack"),
    "ar-contractual-minimum": ("يلتزم مقدم العرض بأن تحقق المنصة ما لا يقل عن 100 فرصة بيعية شهرياً.", "يلتزم",
                               "guaranteed-results"),
    "ar-data-selling-companies": ("وقعنا شراكات مع شركات بيع البيانات لنوفر لك ملايين السجلات.", "شركات بيع",
                                  "scraping"),
    "ar-auto-reply-to-incoming": ("ميزة جديدة: الرد التلقائي على رسائل واتساب الواردة باسم مندوبك.", "الرد التلقائي",
                                  "approval-bypass"),
    "en-automatically-emails-the-buyer": ("When a deal changes stage, Dealix automatically emails the buyer the "
                                          "next step.", "automatically emails", "approval-bypass"),
    "ar-apart-from-any-human": ("وتعمل المنظومة بمعزل عن أي تدخل بشري حتى إغلاق الصفقة.", "بمعزل",
                                "full-automation"),
    "en-makes-you-compliant": ("Dealix makes your company fully PDPL-compliant on day one.", "makes",
                               "legal-financial-promise"),
    "ar-cross-after-an-insult": ("منافسينا نصابين ❌", "نصابين", "competitor-attack"),
    # Round 32: dialect idioms and product-writing slips.
    "ar-dialect-before-you-finish-your-coffee": ("ما تلحق تخلص قهوتك إلا والعقد موقع.", "ما تلحق",
                                                 "exaggerated-speed"),
    "ar-dialect-customers-at-your-door": ("مع ديلكس الزباين بيجونك لين عند الباب.", "الزباين", "guaranteed-results"),
    "ar-dialect-contracts-like-rain": ("العقود بتنهل عليك مثل المطر.", "بتنهل", "guaranteed-results"),
    "ar-dialect-profit-like-a-salary": ("ربح شهري زي الراتب، ولا تخسر ريال.", "ربح", "legal-financial-promise"),
    "ar-dialect-no-more-approvals": ("خلاص، ما عاد فيه موافقات؛ الرسالة تروح لحالها.", "ما عاد", "approval-bypass"),
    "en-lift-in-meetings": ("Growth plan customers get a 20% lift in qualified meetings.", "get",
                            "guaranteed-results"),
    "en-certain-to-convert": ("Opportunities scored above 80 are certain to convert.", "certain",
                              "guaranteed-results"),
    "en-numbers-lifted-from-pages": ("Contact numbers are lifted from event attendee pages automatically.",
                                     "numbers", "scraping"),
    "en-replaces-the-sdr-function": ("Dealix replaces the SDR function entirely.", "replaces", "full-automation"),
    "en-team-sends-queued-emails": ("Our team will send the queued emails on your behalf this week.", "will send",
                                    "approval-bypass"),
    # Round 33: claims in the team's own voice inside internal documents.
    "en-incident-remediation-step": ("# Incident report: queue backlog\n\n## Remediation\n\n1. Any draft waiting more "
                                     "than 6 hours is sent automatically, without waiting for the approver.",
                                     "sent automatically", "approval-bypass"),
    "en-every-sar-returns-five": ("Tell the CFO: every SAR you invest in Dealix returns five SAR.",
                                  "every SAR", "legal-financial-promise"),
    "ar-imperative-buy-a-list": ("إذا ما عنده قائمة، اشترِ من المورد قائمة أرقام جاهزة للقطاع.", "اشترِ",
                                 "scraping"),
    "en-on-the-customers-behalf": ("Our specialist sends messages on the customer's behalf whenever our team "
                                   "judges the timing is right.", "on the customer's", "approval-bypass"),
    # Round 34: a Greek capital in an English claim, double negation after "you won't find",
    # an exceptive over profits, working alone.
    "en-greek-capital-iota": ("\u0399nstant results from the very first day.", "\u0399nstant", "exaggerated-speed"),
    "en-wont-find-one-who-didnt": ("You won't find one client who didn't grow with us, and that is our guarantee.",
                                   "guarantee", "guaranteed-results"),
    "ar-nothing-but-profits": ("لن تجني مع Dealix سوى الأرباح.", "لن", "legal-financial-promise"),
    "ar-works-alone": ("وكيل مبيعات يعمل بمفرده على مدار الساعة.", "يعمل", "full-automation"),
    # «غير» right after the claim still excepts.
    "ar-ghayr-excepts": ("ما نضمن لك غير الأرباح.", "نضمن", "legal-financial-promise"),
    # A dashed aside that is a clause of its own does not carry the negation past "and we".
    "en-dashed-clause": ("We never scrape — that's banned — and we guarantee results.", "guarantee",
                         "guaranteed-results"),
    "ar-relative-ma-three-words": ("ما نضمنه لك في Dealix هو ارتفاع مبيعاتك من أول ربع.", "نضمنه",
                                   "guaranteed-results"),
    "en-auto-send-answer": ("**Do I need to approve every message?**\nNope — once it's set up, Dealix sends "
                            "automatically.", "sends", "approval-bypass"),
    # The same shapes, affirmed.
    "en-list-affirmed-on-its-own": ("It drafts, books and replies on its own.", "on its own", "full-automation"),
    "en-middle-item-affirmed": ("It finds, buys or collects contacts from any site.", "buys", "scraping"),
    "en-list-intro-affirmed": ("What you get:\n\n- Scraping websites for contact details.\n", "Scraping", "scraping"),
    "ar-act-without-consent": ("نمسح بطاقات الزوار بدون إذنهم ونضيفهم للحملة.", "بدون", "approval-bypass"),
    "en-table-without-intro": ('| Customer said | Why |\n|---|---|\n| "It basically runs our sales on its own" | '
                               "Great quote |\n", "runs", "full-automation"),
    # «ما» after «بدون» is "that", not a second negation; a "don't let" does not deny its object.
    "ar-bidun-ma": ("Dealix يرسل الرسائل بدون ما تحتاج توافق على كل رسالة.", "بدون", "approval-bypass"),
    "ar-dont-let-scammers": ("لا تخلي شركات CRM النصابة تضحك عليك، جرّب Dealix.", "النصابة", "competitor-attack"),
    "ar-affirmed-a-or-b": ("استخدام Dealix يمنحك شهادة امتثال أو إعفاءً من أي مسؤولية نظامية.", "إعفاءً",
                           "legal-financial-promise"),
    # A quote of more than one word is copy; a row whose other cell is just ❌ is a comparison.
    "ar-quoted-phrase": ("شعارنا هذا الشهر: «نضمن لك صفقات».", "نضمن", "guaranteed-results"),
    "en-row-with-cross": ("| Feature | Dealix | Others |\n|---|---|---|\n| Guaranteed results | ✅ | ❌ |\n",
                          "Guaranteed", "guaranteed-results"),
    "en-heading-we-never-miss": ("## Why teams never miss a deal\n- guaranteed results every month\n", "guaranteed",
                                 "guaranteed-results"),
    "en-shipped-autopilot": ("We considered an autopilot mode and shipped it last week.", "autopilot",
                             "full-automation"),
    "en-long-list-affirmed": ("We scrape LinkedIn profiles, company websites or social media to collect contact "
                              "details.", "scrape", "scraping"),
    "ar-wont-stop-building": ("## ما نبنيه هذا الربع\n- ميزة ترسل الرسائل بدون اعتماد.\n", "بدون", "approval-bypass"),
    "en-unnumbered-title": ("## Autopilot", "Autopilot", "full-automation"),
    "ar-condition-affirmed-no-comma": ("بدون اعتمادك تطلع الرسائل على طول.", "بدون", "approval-bypass"),
    # A bare «لا،» answering a question heads no list: the claim after it stands.
    "ar-no-then-claim": ("هل لازم أوافق على كل رسالة؟\nلا، تقدر توقف الموافقات من الإعدادات، والنظام يرسل كل شيء "
                         "مباشرة.", "توقف", "approval-bypass"),
    "en-gloss-affirmed": ("We use scraping (scraping) to fill your lists.", "scraping", "scraping"),
    "ar-nothing-but": ("وهي لا تعدو كونها برامج متخلفة تهدر أموال الشركات.", "متخلفة", "competitor-attack"),
    # "never … failed to": two negations affirm the promise.
    "en-never-failed-to": ("Dealix has never once failed to book a meeting within the first hour.", "within",
                           "exaggerated-speed"),
    "ar-never-failed-to": ("لم يفشل Dealix مرة في حجز اجتماع خلال ساعة.", "خلال", "exaggerated-speed"),
    # Our line in a transcript is copy; a customer's label with no answer of ours is a testimonial.
    "ar-transcript-team-line": ("العميل: كم السعر؟\nالمندوب: نضمن لك ٢٠ صفقة بالشهر.", "نضمن", "guaranteed-results"),
    "en-label-without-transcript": ("Customer: Dealix sends every follow-up automatically, no approval needed.",
                                    "sends", "approval-bypass"),
    # A question heading that opens with no question word is a slogan.
    "en-slogan-heading": ("## Ready for sales on autopilot?", "autopilot", "full-automation"),
    # The next sentence that does not deny; a label that is not a denial.
    "en-next-sentence-not-denial": ("Dealix runs your sales on autopilot. We don't make you wait.", "autopilot",
                                    "full-automation"),
    "ar-label-not-denial": ("- مميزات: نضمن لك مضاعفة مبيعاتك.", "نضمن", "guaranteed-results"),
    "en-bare-scrape": ("We scrape every profile for you.", "scrape", "scraping"),
    "ar-robot-rep": ("عندك مندوب آلي يتابع العملاء عنك.", "مندوب", "full-automation"),
    "ar-cue-missing": ('نذكرها هنا:\n\n- "وصفة سحرية للمبيعات"', "وصفة", "medical-language"),
    # A second condition is not a negated consequence; a label that is not a denial; a count.
    "ar-two-conditions": ("بلا مخاطر وبدون أي التزام: جرّب Dealix وشوف الأرباح بنفسك.", "بلا", "guaranteed-results"),
    "ar-feature-label": ("## الميزة ١: نظام يشتغل لحاله ويبيع عنك", "يشتغل", "full-automation"),
    "en-row-count": ("| Metric | Before | After |\n|---|---|---|\n| Sent without approval | 12 | 3 |\n", "without",
                     "approval-bypass"),
    # «مستحيل ما» affirms; a promise phrased with "not"; no need to approve is a bypass.
    "ar-impossible-not-reach": ("مستحيل ما تحقق هدفك البيعي مع Dealix.", "تحقق", "guaranteed-results"),
    "en-will-not-miss": ("Relax: you will not miss your quarterly target.", "you", "guaranteed-results"),
    "en-no-downside": ("No downside: you will not miss your quarterly target.", "No downside", "guaranteed-results"),
    "ar-no-need-to-approve": ("أحلى شي إني ما أحتاج أوافق على أي رسالة، ديلكس يرسل.", "ما", "approval-bypass"),
    # A quote that ends in a question says what comes before the question.
    "en-quote-claim-then-question": ('> "Switch Dealix on tonight and you\'ll see closed deals by tomorrow morning. '
                                     'Shall I send the trial link?"', "by tomorrow", "exaggerated-speed"),
    # A sentence denial reaches up to a "but": what follows it is affirmed.
    "ar-not-only-but": ("لا نقول إن زيادة الإيرادات ممكنة فحسب، بل نؤكد أنها حتمية لكل عميل.", "نؤكد",
                        "guaranteed-results"),
    "en-myth-but": ("It's a myth that tools are slow, but Dealix guarantees results in a week.", "guarantees",
                    "guaranteed-results"),
    # «مستحيل» before the oath still makes two negations that affirm.
    "ar-impossible-sworn": ("مستحيل والله ما نضمن لك صفقات كل شهر.", "نضمن", "guaranteed-results"),
    # After a demonstrative or «وهو», ما is "what": «وهو ما نلتزم بتحقيقه» commits to it.
    "ar-relative-after-demonstrative": ("هذا ما نضمنه لك: صفقات كل شهر.", "نضمنه", "guaranteed-results"),
    # Only a table whose FIRST column lists banned phrases explains them; a "Do" column before a
    # "Don't" one is still copy.
    # A quote under a line that makes it our script is copy we say, whatever the lines around
    # it ask (policy: mention_cues.scripts).
    "en-script-line": ('Leadership asked that we say it confidently:\n\n> "We guarantee results every month."\n',
                       "guarantee", "guaranteed-results"),
    "ar-approved-reply": ("الرد المعتمد من إدارة المبيعات:\n\n> «نضمن لكم صفقات كل شهر، وإلا نرجع لكم فلوسكم.»\n",
                          "نضمن", "guaranteed-results"),
    # A quote in a section headed as our script ("## Recommended response"), whatever the step
    # title above it says.
    "en-section-script": ("## Recommended response\n\n**2. Remove the burden**\n\"Good news: Dealix works entirely "
                          "on its own once it's live.\"\n", "on its own", "full-automation"),
    "ar-section-script": ("## الرد الموصى به\n\n**٢. طمّنه**\n«النظام يقفل الصفقات لحاله، وأنت ارتاح.»\n",
                          "يقفل", "full-automation"),
    # «اقرأ هذا النص كما هو:» makes the quote below it our script, whatever heading follows.
    "ar-read-as-is": ("اقرأ هذا النص كما هو في آخر المكالمة:\n\n> «خلال ٢٤ ساعة بتشوف صفقات مقفلة.»\n\n"
                      "## أسئلة ممنوعة\n- لا تسأل عن الإيرادات.\n", "خلال", "exaggerated-speed"),
    # «ما عداها» is "everything else", not a negation.
    "ar-everything-else": ("لا يعرض عليك النظام إلا الرسائل الحساسة، وكل ما عداها يُرسل مباشرة بدون موافقتك.", "بدون",
                           "approval-bypass"),
    # «لا تقع ضحية …», "don't fall for …": the warning does not deny what it names.
    "ar-dont-fall-victim": ("لا تقع ضحية الشركات المحتالة التي تدّعي أنها منصات ذكية.", "المحتالة",
                            "competitor-attack"),
    "en-do-column-first": ("| Do | Don't |\n|---|---|\n| We scrape LinkedIn for you | say we buy lists |\n",
                           "scrape", "scraping"),
    # Round 35, paraphrased claims in every category (sets fresh139-141).
    # (A clause pointing back says something else: not a denial.)
    "en-and-that-is-a-promise": ("Dealix closes deals on its own, and that is a promise.", "on its own",
                                 "full-automation"),
    # (A list item with a subject of its own is a clause of its own.)
    "en-list-item-with-its-own-subject": ("We never scrape sites, our partner buys lists from brokers, and more.",
                                          "buys lists", "scraping"),
    "ar-result-on-us": ("النتيجة علينا: ركّب Dealix وخلك مرتاح.", "النتيجة", "guaranteed-results"),
    "ar-money-back-if-we-dont-bring": ("إذا ما جبنا لك ٢٠ عميل في الربع الأول نرجّع لك فلوسك.",
                                       "جبنا", "guaranteed-results"),
    "ar-target-off-your-shoulders": ("مع Dealix همّ التارقت ينزاح عن كتفك.", "التارقت", "guaranteed-results"),
    "en-quota-a-formality": ("With Dealix, quota becomes a formality.", "formality", "guaranteed-results"),
    "ar-no-empty-month": ("ما عندنا شي اسمه شهر فاضي.", "شهر", "guaranteed-results"),
    "ar-settled-matter": ("زيادة المبيعات مع Dealix مسألة محسومة.", "مسألة", "guaranteed-results"),
    "en-regardless-of-the-market": ("Your revenue grows regardless of the market.", "regardless", "guaranteed-results"),
    "ar-numbers-from-maps": ("عطنا أي مدينة ونجيب لك كل الأرقام من خرائط قوقل.", "الأرقام", "scraping"),
    "en-followers-into-leads": ("We turn their followers into leads.", "followers", "scraping"),
    "ar-database-of-a-million": ("عندنا قاعدة فيها مليون رقم جاهزة للتحميل.", "قاعدة", "scraping"),
    "en-extension-saves-numbers": ("The extension saves every phone number it finds on a page.", "saves", "scraping"),
    "ar-decision-makers-numbers": ("نعطيك أرقام أصحاب القرار في أي قطاع.", "أرقام", "scraping"),
    "ar-approval-optional": ("الموافقة اختيارية في باقة Pro.", "الموافقة", "approval-bypass"),
    "en-approval-optional": ("On the Pro plan, approval is optional.", "approval", "approval-bypass"),
    "ar-sends-if-no-answer": ("Dealix يرسل العرض للعميل إذا ما رديت خلال ساعتين.", "يرسل", "approval-bypass"),
    "en-sends-if-no-response": ("Dealix sends the follow-up if you don't respond within a day.",
                                "sends", "approval-bypass"),
    "ar-no-approval-for-replies": ("يتولى Dealix الرد على العملاء ولن تحتاج إلى اعتماد أي رد.",
                                   "تحتاج", "approval-bypass"),
    "en-no-thumbs-up": ("Dealix replies to inbound leads without waiting for your thumbs-up.",
                        "waiting", "approval-bypass"),
    "ar-out-before-you-see": ("الرسالة تطلع للعميل قبل ما تشوفها.", "تطلع", "approval-bypass"),
    "en-tells-you-afterwards": ("Dealix replies on your behalf and fills you in afterwards.",
                                "fills", "approval-bypass"),
    "ar-when-it-sees-fit": ("يتولى Dealix مراسلة عملائك باسمك متى رأى التوقيت مناسباً.", "متى", "approval-bypass"),
    "ar-past-no-one": ("صار عندك صلاحية الإرسال المباشر بدون ما تمر الرسائل على أي أحد.", "بدون", "approval-bypass"),
    "en-no-longer-need-reps": ("You don't need a sales team anymore.", "need", "full-automation"),
    "en-minus-the-sdrs": ("Your SDR team, minus the SDRs.", "minus", "full-automation"),
    "ar-the-whole-sales-team": ("Dealix هو فريق المبيعات حقك كله.", "فريق", "full-automation"),
    "ar-carries-on-until-you-return": ("روح إجازتك وDealix يكمّل عنك المتابعة لين ترجع.", "يكمّل", "full-automation"),
    "ar-needs-no-one-to-watch": ("مثل موظف ما يحتاج أحد يتابعه.", "يحتاج", "full-automation"),
    "en-competitors-lie": ("Our competitors will lie to you about their features.", "lie", "competitor-attack"),
    "ar-burn-your-reputation": ("الأدوات الثانية تحرق سمعتك عند عملائك.", "تحرق", "competitor-attack"),
    "ar-never-sold-a-thing": ("بقية الأنظمة ولا عمرها باعت شي.", "عمرها", "competitor-attack"),
    "en-expensive-address-books": ("Other CRMs are expensive address books.", "address books", "competitor-attack"),
    "en-court-proof": ("Every contract drafted in Dealix is court-proof.", "court-proof", "legal-financial-promise"),
    "en-legal-immunity": ("Send through Dealix and enjoy legal immunity.", "immunity", "legal-financial-promise"),
    "ar-capital-doubled": ("استثمر في Dealix، ومضاعفة رأس المال خلال سنة مكتوبة.", "مضاعفة", "legal-financial-promise"),
    "ar-fines-in-the-past": ("مع Dealix المخالفات صارت شي من الماضي.", "المخالفات", "legal-financial-promise"),
    "ar-authority-finds-nothing": ("الهيئة ما راح تلقى عليك ولا ملاحظة.", "تلقى", "legal-financial-promise"),
    "ar-profit-written-for-you": ("ادفع بعد ما تكسب، والربح مكتوب لك.", "الربح", "legal-financial-promise"),
    "ar-painkiller": ("Dealix مثل البنادول لصداع المتابعة.", "البنادول", "medical-language"),
    "ar-treating-doctor": ("اعتبر Dealix الطبيب المعالج لمبيعاتك.", "الطبيب", "medical-language"),
    "en-booster-shot": ("Dealix is the booster shot your pipeline needs.", "booster", "medical-language"),
    "ar-company-recovers": ("جلسة وحدة وتتعافى شركتك من أوجاع المتابعة.", "تتعافى", "medical-language"),
    "ar-night-to-morning": ("من الليلة للصبح تتغير أرقامك.", "الليلة", "exaggerated-speed"),
    "en-morning-after-setup": ("Customers see new deals the morning after setup.", "morning", "exaggerated-speed"),
    "en-thats-how-fast": ("Contracts signed this week. That's how fast Dealix works.", "fast", "exaggerated-speed"),
    "ar-nothing-faster": ("ما فيه شي أسرع منا في تحويل الليد لصفقة.", "أسرع", "exaggerated-speed"),
    "ar-quarter-in-a-week": ("نتائج الربع كامل في أسبوع.", "نتائج", "exaggerated-speed"),
    "ar-one-night-away": ("ليلة وحدة تفصلك عن أقوى شهر.", "ليلة", "exaggerated-speed"),
    "en-under-a-weekend": ("From sign-up to first deal in less than a weekend.", "weekend", "exaggerated-speed"),
    "ar-calendar-full-day-one": ("من أول يوم جدولك مليان اجتماعات.", "جدولك", "exaggerated-speed"),
    # Round 36: a report affirmed by the clause after it; insults in a comparison column; any
    # other vendor laughs at you; no audit you can't pass; deals within a night; waking up to
    # deals; "Instant" as the time to a first deal; customers the same day; tax lowered for sure.
    "en-affirmed-report": ("You may have heard that Dealix guarantees a 3x pipeline, and that's exactly what "
                           "our customers get.", "guarantees", "guaranteed-results"),
    "ar-affirmed-report": ("يصف بعض المسوقين Dealix بأنه علاج لضعف المبيعات، وهذا وصف دقيق تماماً.", "علاج",
                           "medical-language"),
    "ar-theft-in-a-column": ("| الميزة | Dealix | أدوات CRM التقليدية |\n|---|---|---|\n"
                             "| القيمة مقابل السعر | ممتازة | سرقة وفلوس ضايعة |", "سرقة", "competitor-attack"),
    "ar-laughs-at-you": ("أي شركة تبيع لك نظام مبيعات غير Dealix تضحك عليك.", "تضحك", "competitor-attack"),
    "en-no-audit-you-cant-pass": ("There's no tax audit Dealix customers can't pass.", "audit",
                                  "legal-financial-promise"),
    "ar-deals-within-a-night": ("يحوّل Dealix قائمتك الباردة إلى صفقات خلال ليلة.", "صفقات", "exaggerated-speed"),
    "ar-wake-up-to-deals": ("فعّل Dealix الليلة واصحَ الصبح على صفقات مقفلة.", "الصبح", "exaggerated-speed"),
    "en-instant-first-deal": ("| Metric | Dealix |\n|---|---|\n| Time to first closed deal | Instant |", "Instant",
                              "exaggerated-speed"),
    "ar-same-day-customers": ("بس سجّل، ونفس اليوم بتشوف العملاء يتصلون فيك.", "نفس", "exaggerated-speed"),
    "ar-tax-lowered-for-sure": ("استخدامك لـ Dealix يخفّض الضريبة المستحقة عليك بشكل مؤكد.", "يخفّض",
                                "legal-financial-promise"),
    "en-compliant-with-every-regulation": ("Using Dealix makes your outreach legally compliant with every Saudi "
                                           "regulation.", "makes", "legal-financial-promise"),
    # (A hyphenated word does not end in a denial: "kick-off" is not "off".)
    "en-kick-off-heading": ("## Key messages for the kick-off\n\n1. Dealix runs on its own from the first message "
                            "to the closed deal.", "on its own", "full-automation"),
    # Round 37: a guarantee of N deals in a plan; "it guaranteed us"; partners selling lists;
    # self-running with no humans; we need no one any more; why review; a competitor equals a
    # headache; compliant automatically; we take on the liability; the prescription after a
    # clause of time; morning install, customers by the afternoon; a word spelled out.
    "ar-guarantee-of-n-deals": ("| الباقة | ما تحصل عليه |\n|---|---|\n| النمو | ضمان 20 صفقة جديدة شهرياً |", "ضمان",
                                "guaranteed-results"),
    "ar-they-guaranteed-us": ("«فريق Dealix ضمنوا لنا ٣٠ عميل جديد بالشهر» — أبو فيصل", "ضمنوا", "guaranteed-results"),
    "mixed-partners-sell-lists": ("شركاؤنا يبيعون قوائم contacts جاهزة، وDealix يستوردها مباشرة.", "يبيعون",
                                  "scraping"),
    "ar-self-running-no-humans": ("| الميزة | Dealix |\n|---|---|\n| تشغيل ذاتي كامل بلا بشر | ✅ |", "تشغيل",
                                  "full-automation"),
    "ar-no-one-needed-any-more": ("صار Dealix يشتغل معنا وما عاد نحتاج أحد في المتابعة.", "نحتاج", "full-automation"),
    "ar-why-review": ("وش له تراجع؟ خله يطلق الحملة على كل القائمة مباشرة.", "تراجع", "approval-bypass"),
    "ar-competitor-a-headache": ("مقارنة سريعة:\n\n- Pipedrive = صداع وخسارة فلوس.\n- Dealix = راحة بال.", "Pipedrive",
                                 "competitor-attack"),
    "ar-compliant-automatically": ("بمجرد تفعيلك للمنصة تصبح شركتك متوافقة قانونيًا بشكل تلقائي.", "تصبح",
                                   "legal-financial-promise"),
    "en-we-take-on-liability": ("Send through Dealix. We take on any regulatory liability for you.", "take on",
                                "legal-financial-promise"),
    # (Two metaphors: the examination, «نكشف على مبيعاتك», is the first and is the one reported.)
    "ar-prescription-after-before": ("قبل ما تشتري أي أداة، خلنا نكشف على مبيعاتك ونكتب لك الوصفة المناسبة.", "نكشف",
                                     "medical-language"),
    "ar-morning-then-afternoon": ("ركّب Dealix الصبح والعصر عندك عملاء يدفعون.", "والعصر", "exaggerated-speed"),
    "ar-spelled-out": ("النتائج م ض م و ن ة مع Dealix.", "م ض م و ن ة", "guaranteed-results"),
    "en-spelled-out": ("We g u a r a n t e e results.", "g u a r a n t e e", "guaranteed-results"),
    "ar-spelled-with-dots": ("النتائج م.ض.م.و.ن.ة مع Dealix.", "م.ض.م.و.ن.ة", "guaranteed-results"),
    "en-spelled-with-hyphens": ("Our bot s-c-r-a-p-e-s LinkedIn for phone numbers.", "s-c-r-a-p-e-s", "scraping"),
    # Round 38: profits coming for sure; invest N, reap M; a guaranteed VAT refund; a list of
    # numbers for sale; without touching your phone; the treatment for a sick CRM; the fastest
    # in the region; ten minutes are enough; the month's target in a day; the first deal by the
    # afternoon; the world's fastest; auto-send straight after connecting; exempt from liability.
    "ar-profits-for-sure": ("نموّل اشتراكك بالكامل، وتسدّد من الأرباح اللي بتجيك أكيد.", "الأرباح",
                            "legal-financial-promise"),
    "ar-invest-and-reap": ("استثمر 10 آلاف ريال واحصد 50 ألف ربح صافي.", "استثمر", "legal-financial-promise"),
    "ar-vat-refund-guarantee": ("ضمان استرداد ضريبة القيمة المضافة كاملة.", "ضمان", "legal-financial-promise"),
    "ar-numbers-for-sale": ("عندنا لستة أرقام رجال أعمال جاهزة للبيع.", "لستة", "scraping"),
    "ar-without-touching-your-phone": ("مساعدك اللي يتابع العملاء بدون ما تلمس جوالك.", "بدون", "full-automation"),
    "en-treatment-for-a-sick-crm": ("Your CRM is sick. Dealix is the treatment.", "treatment", "medical-language"),
    "ar-fastest-unrivalled": ("الأسرع في الشرق الأوسط بلا منازع.", "الأسرع", "exaggerated-speed"),
    "ar-ten-minutes-enough": ("عشر دقائق تكفي لتحويل قائمتك الباردة إلى عملاء.", "دقائق", "exaggerated-speed"),
    "ar-target-in-a-day": ("حقّق مستهدف الشهر كامل في يوم واحد.", "مستهدف", "exaggerated-speed"),
    "ar-first-deal-by-afternoon": ("ركّب Dealix الصبح وتقفل أول صفقة العصر.", "وتقفل", "exaggerated-speed"),
    "en-worlds-fastest": ("The world's fastest revenue engine.", "fastest", "exaggerated-speed"),
    "ar-auto-send-after-connecting": ("الإرسال التلقائي يشتغل مباشرة بعد الربط.", "الإرسال", "approval-bypass"),
    "ar-exempt-from-liability": ("اشترك، وإعفاؤك من أي مسؤولية قانونية علينا.", "وإعفاؤك", "legal-financial-promise"),
    # Round 44: a settled matter; farewell to sales teams; a whole team's work on its own; the least
    # effort; the place of the sales department; no need to look first; traders in empty promises;
    # outdated junk; contact lists for sale; a clean record; profits above the contract; no lawyer;
    # three times in a week; launch in the morning, close in the evening.
    "ar-a-settled-matter": ("مع Dealix يصبح بلوغ مستهدفاتكم أمراً محسوماً.", "محسوماً", "guaranteed-results"),
    "ar-farewell-to-sales-teams": ("ودّعوا فرق المبيعات التقليدية.", "ودّعوا", "full-automation"),
    "ar-a-whole-team-on-its-own": ("منصتنا تؤدي عمل فريق كامل بمفردها.", "تؤدي", "full-automation"),
    "ar-without-the-least-effort": ("دعوا النظام يتولى المتابعة دون أدنى جهد منكم.", "أدنى", "full-automation"),
    "ar-takes-the-place-of-sales": ("يحل Dealix محل إدارة المبيعات لديكم.", "محل", "full-automation"),
    "ar-no-need-to-look-first": ("فلا داعي لأن تطّلعوا عليها قبل الإرسال.", "داعي", "approval-bypass"),
    "ar-without-seeing-the-message": ("الرد يصير أوتوماتيك من غير ما تشوف الرسالة قبل.", "تشوف", "approval-bypass"),
    "ar-traders-in-empty-promises": ("أغلب المزودين ليسوا سوى تجار وعود فارغة.", "تجار", "competitor-attack"),
    "en-other-crms-outdated-junk": ("Other CRMs are outdated junk.", "outdated", "competitor-attack"),
    "mixed-we-sell-contact-lists": ("نبيع لك contact lists جاهزة لرجال الأعمال.", "نبيع", "scraping"),
    "ar-record-clean-forever": ("سجل منشأتكم لدى الجهات الرقابية سيبقى نظيفاً.", "نظيفاً", "legal-financial-promise"),
    "ar-profits-to-exceed-the-contract": ("نلتزم بأن تتجاوز أرباحكم قيمة العقد بضعفين.",
                                          "نلتزم", "legal-financial-promise"),
    "ar-no-need-for-a-lawyer": ("لن تحتاجوا بعد اليوم إلى مستشار قانوني.", "مستشار", "legal-financial-promise"),
    "ar-three-times-in-a-week": ("مبيعات ٣ أضعاف في أسبوع واحد.", "أضعاف", "exaggerated-speed"),
    "ar-launch-morning-close-evening": ("أطلقوا حملتكم صباحاً، واحتفلوا بإغلاق الصفقات مساءً.",
                                        "أطلقوا", "exaggerated-speed"),
    # Round 43: protected legally; no tax differences; a fixed margin; every riyal returns to him;
    # committed to every target; a certain rise; rivals that flounder; worn-out systems; support
    # that is a joke; contacts extracted from sites; the cycle by itself; silence as approval.
    "ar-protects-them-legally": ("منتج يحميهم قانونياً من أي شكوى لدى الجهات.", "يحميهم", "legal-financial-promise"),
    "ar-no-tax-differences-claimed": ("لن تطالب الشركة بأي فروقات ضريبية بعد اليوم.",
                                      "تطالب", "legal-financial-promise"),
    "ar-fixed-extra-margin": ("نتعهد لكم بهامش ربح إضافي ثابت كل سنة.", "بهامش", "legal-financial-promise"),
    "ar-every-riyal-returns-to-him": ("كل ريال يستثمره العميل يعود عليه بخمسة ريالات.",
                                      "ريال", "legal-financial-promise"),
    "mixed-invest-then-receive": ("Invest 10,000 ريال هالسنة واستلم 50,000 ريال أرباح.",
                                  "Invest", "legal-financial-promise"),
    "ar-committed-to-every-target": ("نلتزم بتحقيق مستهدفات جميع عملائنا.", "نلتزم", "guaranteed-results"),
    "ar-a-certain-rise": ("كل منشأة تنضم إلينا ستشهد ارتفاعاً مؤكداً في إيراداتها.", "ارتفاعاً", "guaranteed-results"),
    "ar-rivals-flounder": ("تتخبط الحلول المنافسة بين الأعطال وسوء الخدمة.", "تتخبط", "competitor-attack"),
    "ar-worn-out-foreign-systems": ("بخلاف الأنظمة الأجنبية المتهالكة، نحن نلتزم بالجودة.",
                                    "الأنظمة", "competitor-attack"),
    "en-their-support-is-a-joke": ("Their support team is a joke.", "support", "competitor-attack"),
    "ar-contacts-extracted-from-sites": ("قاعدة جهات الاتصال المستخلصة من مواقع الشركات بلغت مليون سجل.",
                                         "المستخلصة", "scraping"),
    "ar-the-whole-cycle-by-itself": ("منصة تنجز دورة البيع كاملة بذاتها.", "تنجز", "full-automation"),
    "en-no-one-needed-to-follow-up": ("You no longer need anyone to follow up.", "no longer need", "full-automation"),
    "ar-silence-counts-as-approval": ("تعتبر المسودات التي لم يعلق عليها العميل خلال يوم معتمدة.",
                                      "تعتبر", "approval-bypass"),
    "ar-without-needing-to-wait-for-consent": ("نطلق الحملات مباشرة دون الحاجة لانتظار موافقتهم.",
                                               "الحاجة", "approval-bypass"),
    "ar-even-if-you-did-not-see-it": ("Dealix يرد بالنيابة عنك حتى لو ما شفت الرد.", "حتى", "approval-bypass"),
    "ar-an-hour-to-double-the-pipeline": ("لا يحتاج العميل سوى ساعة واحدة ليضاعف فرصه.", "يحتاج", "exaggerated-speed"),
    # Round 42: guaranteed to all its customers; what we promise you; none joined without growing;
    # the investment back doubled; never held to account; lawful 100%; a fixed profit share;
    # unmatched speed; the next morning; a radical change in a day; a healing balm; recovery
    # from paralysis; executive contact lists supplied; followers exported; they only care about
    # money; a substitute for the sales team; sent when the platform sees fit.
    "ar-guaranteed-all-its-customers": ("Dealix ضمن لكل عملائه نمواً في الإيرادات.", "ضمن", "guaranteed-results"),
    "ar-what-we-promise-you": ("عملاؤنا ضاعفوا مبيعاتهم، وهذا ما نعدكم به.", "نعدكم", "guaranteed-results"),
    "ar-no-customer-without-growth": ("لم يشترك عميل في Dealix إلا وحقق نمواً.", "يشترك", "guaranteed-results"),
    "ar-every-quarter-without-exception": ("صفقات أكثر في كل ربع دون استثناء.", "استثناء", "guaranteed-results"),
    "ar-investment-back-doubled": ("استرداد قيمة استثماركم مضاعفة خلال ستة أشهر.",
                                   "استرداد", "legal-financial-promise"),
    "ar-never-held-to-account": ("مراسلاتكم نظامية ولن تساءلوا عنها أبداً.", "تساءلوا", "legal-financial-promise"),
    "ar-lawful-one-hundred-percent": ("مع Dealix رسائلك نظامية 100٪.", "نظامية", "legal-financial-promise"),
    "ar-no-responsibility-before-the-authority": ("ما عليك أي مسؤولية قدام هيئة الزكاة.",
                                                  "مسؤولية", "legal-financial-promise"),
    "en-fixed-profit-share": ("Partners get a profit share fixed at 15% a month.",
                              "profit share", "legal-financial-promise"),
    "ar-unmatched-speed": ("لا مثيل لسرعتنا في السوق.", "مثيل", "exaggerated-speed"),
    "ar-customer-the-next-morning": ("يصلكم أول عميل صباح اليوم التالي للاشتراك.", "صباح", "exaggerated-speed"),
    "ar-radical-change-in-a-day": ("تحول جذري في مبيعاتكم خلال يوم عمل واحد.", "تحول", "exaggerated-speed"),
    "mixed-money-minutes-after-signup": ("خلال 5 دقايق من الـ sign up تبدأ تشوف الفلوس تدخل.",
                                         "خلال", "exaggerated-speed"),
    "ar-deals-closing-tonight": ("شغّل Dealix اليوم وشوف الصفقات تتقفل الليلة.", "الصفقات", "exaggerated-speed"),
    "ar-wake-up-to-customers-calling": ("سجّل الليلة وتصحى الصبح تلقى العملاء يتصلون فيك.",
                                        "تصحى", "exaggerated-speed"),
    "ar-a-healing-balm": ("Dealix بلسم شاف لكل صفقة ضاعت.", "بلسم", "medical-language"),
    "ar-recovered-from-paralysis": ("بعد شلل المبيعات تماثلت الشركة للشفاء.", "شلل", "medical-language"),
    "ar-updated-executive-contact-lists": ("نزودكم بقوائم محدثة لجهات الاتصال الخاصة بالمديرين في الخليج.",
                                           "بقوائم", "scraping"),
    "ar-extracting-contact-data-from-sites": ("تتيح المنصة استخلاص بيانات التواصل من المواقع الإلكترونية.",
                                              "استخلاص", "scraping"),
    "mixed-exporting-followers": ("نصدّر الـ followers حق حسابات المنافسين كـ leads.", "نصدّر", "scraping"),
    "mixed-rent-our-database": ("استأجر الـ database حقتنا وابدأ الإرسال اليوم.", "استأجر", "scraping"),
    "ar-they-only-care-about-money": ("مزودو الحلول الأجنبية لا يهمهم سوى تحصيل الاشتراكات.",
                                      "يهمهم", "competitor-attack"),
    "ar-zoho-a-waste-of-time": ("جربتم Zoho؟ إذن تعرفون معنى إضاعة الوقت.", "إضاعة", "competitor-attack"),
    "ar-substitute-for-the-sales-team": ("Dealix بديل متكامل عن فريق المبيعات.", "بديل", "full-automation"),
    "ar-closing-on-its-own": ("يتولى الوكيل إغلاق الصفقات بصورة مستقلة.", "إغلاق", "full-automation"),
    "ar-on-its-behalf-when-it-sees-fit": ("يفوض العميل Dealix بإرسال العروض نيابة عنه متى رأت المنصة ذلك.",
                                          "بإرسال", "approval-bypass"),
    "ar-without-passing-by-you": ("تنشر المنصة المحتوى مباشرة دون أن يمر عليكم.", "يمر", "approval-bypass"),
    "mixed-no-need-to-approve": ("مو لازم تسوي approve لكل رسالة.", "approve", "approval-bypass"),
    # Round 41: complete legal safety; no lawsuit; no fine; the tax authority will not ask; passing
    # the audit; a net profit; an interest-free loan; no approval requests; no review needed; the
    # budget in the bin; primitive platforms; let three reps go; the sales team replaced; numbers
    # from a directory; a million in a week; five minutes are all it needs; a customer by night.
    "ar-complete-legal-safety": ("مع Dealix أنت في أمان قانوني تام أمام أي جهة.", "أمان", "legal-financial-promise"),
    "ar-no-lawsuit-ever": ("ما راح تنرفع عليك قضية من أي عميل بعد اليوم.", "تنرفع", "legal-financial-promise"),
    "ar-no-fine-will-come": ("ولا غرامة بتجيك طول ما أنت مشترك معنا.", "غرامة", "legal-financial-promise"),
    "ar-the-authority-will-not-ask": ("هيئة الزكاة ما راح تطالبك بشي طالما فواتيرك من Dealix.",
                                      "تطالبك", "legal-financial-promise"),
    "en-pass-the-audit": ("Use Dealix and you pass the PDPL audit.", "pass", "legal-financial-promise"),
    "ar-net-profit-a-month": ("ربح صافي ٨ آلاف ريال شهرياً لكل مشترك.", "ربح", "legal-financial-promise"),
    "ar-an-interest-free-loan": ("نوفر لك قرض بدون فوائد لين تقفل أول صفقة.", "قرض", "legal-financial-promise"),
    "ar-without-bothering-you-for-approval": ("نرد على عملائك باسمك دون أن نزعجك بطلبات الموافقة.",
                                              "نزعجك", "approval-bypass"),
    "en-no-review-needed": ("Follow-ups go out for you, no review needed.", "no review needed", "approval-bypass"),
    "en-skips-that-step": ("Reviewing slows you down, so Dealix skips that step and sends.",
                           "skips", "approval-bypass"),
    "ar-sends-directly-on-your-behalf": ("Dealix يرسل الردود مباشرة نيابة عنك.", "يرسل", "approval-bypass"),
    "ar-no-longer-review-every-message": ("لن تضطر بعد الآن إلى مراجعة كل رسالة.", "تضطر", "approval-bypass"),
    "ar-budget-in-the-bin": ("اللي يستخدم غير Dealix يرمي ميزانيته في الزبالة.", "يرمي", "competitor-attack"),
    "ar-primitive-platforms": ("مقارنة بالمنصات البدائية، Dealix خيار محترم.", "البدائية", "competitor-attack"),
    "ar-a-company-that-does-not-know": ("أنت تدفع لشركة لا تعرف ماذا تفعل.", "شركة", "competitor-attack"),
    "ar-let-three-reps-go": ("استغن عن ثلاث مناديب، النظام يغطي شغلهم.", "استغن", "full-automation"),
    "ar-the-rest-by-itself": ("والباقي كله Dealix يسويه من نفسه.", "يسويه", "full-automation"),
    "ar-became-the-sales-team": ("«Dealix صار هو فريق المبيعات عندنا» — أحد العملاء", "صار", "full-automation"),
    "ar-numbers-from-the-directory": ("الأداة تجيب لكم الأرقام المنشورة في دليل الغرفة التجارية.",
                                      "الأرقام", "scraping"),
    "ar-a-million-in-a-week": ("خلال أسبوع واحد بيصير عندك بايبلاين بمليون ريال.", "خلال", "exaggerated-speed"),
    "ar-five-minutes-to-fill-the-calendar": ("ما يحتاج Dealix إلا خمس دقائق ويملأ جدولك بالاجتماعات.",
                                             "يحتاج", "exaggerated-speed"),
    "ar-first-customer-by-night": ("سجّل الصبح، وبالليل عندك أول عميل يدفع.", "وبالليل", "exaggerated-speed"),
    # Round 40, claims without the stock words: already yours; the quota as met; in your pocket;
    # «جاية جاية»; every campaign ends in a meeting; group members' numbers; rent our database;
    # point it at any page; no reps required; no one at the wheel; straight to prospects; counted
    # as approved; the sent folder; told afterwards; a toy; support that vanishes; a fixed net
    # profit; no violation ever; a revenue clinic; dying deals; the heart of revenue.
    "en-meetings-already-yours": ("The meetings are already yours; just show up.",
                                  "already yours", "guaranteed-results"),
    "en-consider-the-quota-met": ("Consider your quarterly quota already met.", "quota", "guaranteed-results"),
    "ar-target-as-good-as-met": ("اعتبر مستهدفك الشهري محقق من اليوم.", "اعتبر", "guaranteed-results"),
    "ar-contracts-in-your-pocket": ("مع Dealix العقود صارت في جيبك.", "جيبك", "guaranteed-results"),
    "ar-orders-coming-for-sure": ("الطلبات جاية جاية، بس فعّل الحساب.", "جاية", "guaranteed-results"),
    "en-every-campaign-ends-in-a-meeting": ("Every campaign ends in a booked meeting.", "ends", "guaranteed-results"),
    "ar-no-month-below-target": ("ما عاد فيه شهر يقفل تحت التارقت.", "شهر", "guaranteed-results"),
    "ar-numbers-of-group-members": ("نوفر لك أرقام أعضاء القروبات العقارية.", "أرقام", "scraping"),
    "en-rent-our-database": ("No leads? Rent our database for a month.", "Rent", "scraping"),
    "en-point-it-at-any-page": ("Point Dealix at any event page and collect the attendees.", "Point", "scraping"),
    "ar-purchasing-managers-numbers": ("عندنا أرقام مدراء المشتريات في جدة جاهزة.", "أرقام", "scraping"),
    "en-no-reps-required": ("Twice the pipeline, no reps required.", "no reps required", "full-automation"),
    "en-no-one-at-the-wheel": ("It books, follows up and closes with no one at the wheel.",
                               "no one at the wheel", "full-automation"),
    "ar-no-need-to-hire-reps": ("ما تحتاج بعد اليوم توظيف مندوبين.", "توظيف", "full-automation"),
    "ar-everything-runs-automatically": ("من ركبنا النظام كل شي يمشي اوتوماتيك.", "يمشي", "full-automation"),
    "en-straight-to-prospects": ("Replies go straight to your prospects, no queue.", "go straight", "approval-bypass"),
    "en-count-as-approved": ("Drafts nobody rejects within an hour count as approved.",
                             "count as approved", "approval-bypass"),
    "ar-find-them-in-the-sent-box": ("الردود بتلقاها في صندوق المرسل الصبح.", "بتلقاها", "approval-bypass"),
    "en-tells-you-about-it-afterwards": ("Dealix answers your leads in your name and tells you afterwards.",
                                "tells you", "approval-bypass"),
    "ar-your-time-is-worth-more": ("وقتك أغلى من إنك تراجع كل رسالة.", "وقتك", "approval-bypass"),
    "ar-a-toy-next-to-us": ("زوهو لعبة أطفال جنب Dealix.", "لعبة", "competitor-attack"),
    "ar-support-disappears": ("دعمهم يختفي بعد أول فاتورة.", "يختفي", "competitor-attack"),
    "ar-fixed-net-profit": ("ربح صافي ثابت كل شهر مع الباقة الذهبية.", "ربح", "legal-financial-promise"),
    "ar-no-violation-ever": ("ركّب Dealix وما راح يصير عليك أي مخالفة.", "مخالفة", "legal-financial-promise"),
    "en-zero-tax-penalties": ("We promise zero tax penalties this year.", "promise", "legal-financial-promise"),
    "ar-revenue-clinic": ("احجز موعدك في عيادة الإيراد.", "عيادة", "medical-language"),
    "ar-dying-deals": ("Dealix ينقذ كل صفقة تحتضر.", "تحتضر", "medical-language"),
    "ar-the-heart-of-your-revenue": ("Dealix يعيد لقلب إيرادك الحياة.", "لقلب", "medical-language"),
    "ar-first-deal-before-day-one-ends": ("أول صفقة تقفلها قبل ما يخلص يومك الأول.", "صفقة", "exaggerated-speed"),
    # «ضمن» with a beneficiary is "guaranteed" (bare «ضمن» is "within", a trap).
    "ar-it-guaranteed-you": ("Dealix ضمن لك ٣٠ عميل جديد كل شهر.", "ضمن", "guaranteed-results"),
    "ar-it-guaranteed-us": ("«الفريق ضمن لنا ٢٠ صفقة بالربع» — مدير مبيعات", "ضمن", "guaranteed-results"),
    # Round 39: pay one, get five; invest N, expect M; a return above a bank deposit; a stock that
    # never falls; losses refunded; break-even by a date; zakat savings; zero liability; no fines
    # any more; a morning start, a deal before noon; months of work in an hour or a session; the
    # pipeline empty at night and full by morning; the fastest in the GCC; sent when we see fit;
    # replies before you have seen the message; bluster; the cure for follow-up problems.
    "ar-pay-one-get-five": ("ادفع ألف ريال، واستلم خمسة آلاف نهاية الربع.", "ادفع", "legal-financial-promise"),
    "en-invest-then-expect": ("Invest SAR 20,000 this quarter, expect SAR 90,000 by December.",
                              "Invest", "legal-financial-promise"),
    "ar-return-beats-a-deposit": ("اشتراكك له عائد أعلى من أي وديعة بنكية.", "عائد", "legal-financial-promise"),
    "ar-safer-than-the-bank": ("فلوسك مع Dealix أأمن من البنك.", "أأمن", "legal-financial-promise"),
    "en-a-stock-that-never-falls": ("Your subscription is a stock that never falls.",
                                    "stock", "legal-financial-promise"),
    "ar-cannot-lose-a-riyal": ("لا يمكن أن تخسر ريالاً واحداً مع Dealix.", "تخسر", "legal-financial-promise"),
    "en-we-refund-your-losses": ("If a campaign flops, we'll refund every riyal you lost.",
                                 "refund", "legal-financial-promise"),
    "ar-break-even-on-day-ten": ("نقطة التعادل في اليوم العاشر من التشغيل.", "التعادل", "legal-financial-promise"),
    "en-pays-for-itself": ("Dealix pays for itself within two weeks.", "pays for itself", "legal-financial-promise"),
    "ar-zakat-saving": ("الاشتراك يوفر عليك ١٠٪ على الأقل من الزكاة المستحقة.", "يوفر", "legal-financial-promise"),
    "en-zero-liability": ("With Dealix your company carries zero liability under PDPL.",
                          "carries", "legal-financial-promise"),
    "ar-no-more-fines": ("مع Dealix ما عاد فيه شي اسمه غرامة.", "غرامة", "legal-financial-promise"),
    "en-audits-come-back-clean": ("Your ZATCA audits will come back clean.", "clean", "legal-financial-promise"),
    "ar-what-you-pay-comes-back": ("والله اللي تدفعه يرجع لك وزيادة.", "يرجع", "legal-financial-promise"),
    "ar-nine-to-noon": ("فعّل Dealix الساعة ٩ الصبح، وأول صفقة عندك قبل الظهر.", "فعّل", "exaggerated-speed"),
    "en-a-month-in-an-hour": ("A month of prospecting, done in an hour.", "month", "exaggerated-speed"),
    "ar-a-quarter-in-one-session": ("ربع سنة من المتابعات تختصرها في جلسة واحدة.", "تختصرها", "exaggerated-speed"),
    "ar-sales-cycle-in-minutes": ("دورة البيع عندك ثلاثة شهور؟ مع Dealix تخلص في ٩٠ دقيقة.",
                                  "تخلص", "exaggerated-speed"),
    "ar-before-the-coffee-break-ends": ("أول صفقة توصلك قبل ما يخلص الـ coffee break.", "يخلص", "exaggerated-speed"),
    "ar-empty-at-night-full-by-morning": ("البايبلاين فاضي بالليل ومليان الصبح.", "فاضي", "exaggerated-speed"),
    "en-fastest-in-the-gcc": ("The fastest sales engine in the GCC.", "fastest", "exaggerated-speed"),
    "ar-fastest-platform-in-the-gulf": ("أسرع منصة مبيعات في الخليج.", "أسرع", "exaggerated-speed"),
    "en-annual-target-on-day-two": ("Day two: hit your annual target.", "annual target", "exaggerated-speed"),
    "en-while-rivals-still-draft": ("While your rivals are still drafting, you'll have closed five deals.",
                                    "drafting", "exaggerated-speed"),
    "ar-sent-when-we-see-fit": ("نرسل الرسائل نيابة عنك متى ما شفنا الوقت مناسب.", "نرسل", "approval-bypass"),
    "ar-sent-once-ready": ("أول ما تجهز المسودة، تنرسل للعميل على طول.", "تجهز", "approval-bypass"),
    "en-sent-if-you-have-not-responded": ("Dealix sends the draft anyway if you haven't responded in ten minutes.",
                                          "sends", "approval-bypass"),
    "en-replies-before-you-see-it": ("It replies to new leads before you've even seen the message.",
                                     "replies", "approval-bypass"),
    "ar-runs-the-whole-conversation": ("Dealix يدير المحادثة كاملة مع العميل.", "يدير", "full-automation"),
    "ar-competitors-are-bluster": ("كل المنافسين في السوق مجرد هياط.", "هياط", "competitor-attack"),
    "ar-cure-for-follow-up-problems": ("Dealix هو علاج مشاكل المتابعة.", "علاج", "medical-language"),
    "en-it-will-for-you-too": ("\"It worked for us, and it will for you too.\" (a customer in Riyadh)",
                               "it will", "guaranteed-results"),
    # Round 45: no deal it cannot close; our word on it; a committed minimum; free work until the first
    # customer; nothing called failure; every lead becomes a customer; you're next; a future figure;
    # a matter of time; signed contracts handed back; numbers of any owner handed to you; any number
    # even unpublished; a base of N thousand mobiles; smoke and mirrors; «وعود فارغة»; revenue from
    # the moment you press; all in one day; before your coffee; nothing but seconds; protected from
    # any lawsuit; you will not see a court; auditors find nothing; no need to see messages first;
    # silence within hours; a standing approval; sent, then read in the weekly report; the approval
    # condition removed; the whole sales cycle; a stethoscope on the pipeline; the operating table.
    "ar-no-deal-it-cannot-close": ("ما فيه صفقة ما يقدر النظام يقفلها.", "ما فيه", "guaranteed-results"),
    "en-no-deal-it-cannot-close": ("There is no lead our system can't convert.", "There is no", "guaranteed-results"),
    "ar-our-word-on-it": ("اجتماعاتك الأسبوعية محجوزة، خذها كلمة منا.", "خذها كلمة منا", "guaranteed-results"),
    "ar-committed-minimum": ("خمس صفقات في الشهر كحد أدنى، وهذا التزامنا.", "صفقات", "guaranteed-results"),
    "en-no-fewer-than-assured": ("Every subscriber is assured of no fewer than ten new customers a quarter.",
                                 "no fewer than", "guaranteed-results"),
    "ar-free-until-first-customer": ("لو ما جبنا لك عميل جديد خلال شهرين، نكمل معك ببلاش.", "لو ما جبنا",
                                     "guaranteed-results"),
    "ar-nothing-called-failure": ("ما نعرف شي اسمه فشل مع عملائنا.", "ما نعرف", "guaranteed-results"),
    "en-every-lead-becomes-a-customer": ("With Dealix every lead turns into a paying customer.", "every lead",
                                         "guaranteed-results"),
    "en-and-youre-next": ("A Jeddah retailer doubled its revenue with Dealix, and you're next.", "you're next",
                          "guaranteed-results"),
    "ar-sales-will-rise-by": ("مبيعاتك بتزيد ٤٠٪ من أول ربع.", "مبيعاتك", "guaranteed-results"),
    "ar-a-matter-of-time": ("مع Dealix صار إغلاق الصفقات مسألة وقت فقط.", "مسألة وقت", "guaranteed-results"),
    "en-signed-contracts-back": ("Send us your leads and we hand you back signed contracts.", "hand you back signed",
                                 "guaranteed-results"),
    "ar-owner-numbers-handed-to-you": ("نعطيك جوالات أصحاب القرار في أي شركة تختارها.", "نعطيك", "scraping"),
    "ar-any-number-even-unpublished": ("أي رقم تبيه نوصل له، حتى لو مو منشور.", "أي رقم", "scraping"),
    "ar-base-of-thousands-of-mobiles": ("عندنا قاعدة فيها أكثر من ٣٠ ألف جوال لمدراء المشتريات.", "قاعدة",
                                        "scraping"),
    "en-export-followers-of-any-brand": ("Export the followers of any brand as ready-to-call contacts.", "Export",
                                         "scraping"),
    "en-rivals-smoke-and-mirrors": ("Most CRM vendors here are smoke and mirrors.", "smoke and mirrors",
                                    "competitor-attack"),
    "ar-rivals-empty-promises": ("المنافسون يبيعون وعوداً فارغة لعملائهم.", "وعوداً فارغة", "competitor-attack"),
    "ar-revenue-the-moment-you-press": ("الإيرادات تبدأ بمجرد ما تضغط تفعيل.", "بمجرد ما تضغط", "exaggerated-speed"),
    "ar-all-in-one-day": ("التركيب والتدريب وأول صفقة، كلها في يوم واحد.", "في يوم واحد", "exaggerated-speed"),
    "en-meetings-before-coffee": ("Ten booked meetings before your morning coffee.", "before your morning coffee",
                                  "exaggerated-speed"),
    "ar-nothing-but-seconds-to-close": ("لا يستغرق إغلاق الصفقة سوى ثوانٍ.", "لا يستغرق", "exaggerated-speed"),
    "ar-protected-from-any-lawsuit": ("Dealix يحميك من أي دعوى بسبب رسائلك التسويقية.", "يحميك",
                                      "legal-financial-promise"),
    "ar-you-will-not-see-a-court": ("مع Dealix ما راح تدخل المحكمة بسبب حملة.", "ما راح تدخل",
                                    "legal-financial-promise"),
    "en-auditors-find-nothing": ("With Dealix, ZATCA auditors will find nothing to fine you for.", "ZATCA",
                                 "legal-financial-promise"),
    "ar-no-need-to-see-messages-first": ("ما تحتاج تشوف الرسائل قبل ما تطلع، نرسلها عنك.", "ما تحتاج",
                                         "approval-bypass"),
    "en-silence-within-hours": ("If you don't reject a draft within 3 hours, it goes out as written.",
                                "If you don't reject", "approval-bypass"),
    "en-standing-approval": ("Give a standing approval once and all future messages are cleared.",
                             "standing approval", "approval-bypass"),
    "ar-read-it-in-the-weekly-report": ("الردود تطلع على طول، وتشوفها في التقرير الأسبوعي.", "الردود تطلع",
                                        "approval-bypass"),
    "ar-approval-condition-removed": ("ألغينا شرط الموافقة على الرسائل الصادرة.", "ألغينا", "approval-bypass"),
    "ar-platform-runs-the-whole-cycle": ("تتولى المنصة دورة المبيعات كاملة من أول تواصل حتى التوقيع.", "تتولى",
                                         "full-automation"),
    "ar-stethoscope-on-the-pipeline": ("نحط السماعة على قلب مبيعاتك ونعرف وش فيها.", "نحط السماعة",
                                       "medical-language"),
    "en-operating-table": ("We put your funnel on the operating table.", "operating table", "medical-language"),
    # Round 46: free work until the number is met; the first month will not end without deals;
    # you will not be the exception; not a matter of if but when; the number brought to you; any
    # company's manager's mobile; lists for sale; take the quarter off; no longer in need of a sales
    # department; nobody in the loop; silence within minutes; drafts older than a day go out;
    # silent sending; the approval step disabled; sent before you see it; rivals sell air; money
    # thrown in the sea; lawsuits a thing of the past; comes back tripled; a week with us and
    # triple sales; a year's work in a weekend; the first deal the same day; deals in a coma.
    "ar-free-work-until-met": ("عشرون اجتماعاً كل شهر، وإن نقصت نعمل لك بلا مقابل حتى تكتمل.", "وإن نقصت",
                               "guaranteed-results"),
    "ar-month-will-not-end-without": ("ما راح يخلص الشهر الأول إلا وعندك صفقات موقعة.", "ما راح يخلص",
                                      "guaranteed-results"),
    "ar-not-the-exception": ("كل عملائنا تجاوزوا مستهدفاتهم، ولن تكون أنت الاستثناء.", "كل عملائنا",
                             "guaranteed-results"),
    "en-not-if-but-when": ("Success with Dealix is not a matter of if but when.", "not a matter of if",
                           "guaranteed-results"),
    "ar-number-brought-to-you": ("تبي رقم أي مدير؟ عطنا اسمه ونجيبه لك.", "نجيبه", "scraping"),
    "ar-manager-mobile-of-any-company": ("أي شركة على خرائط قوقل، جوال مديرها يوصلك في ملف.", "جوال مديرها",
                                         "scraping"),
    "ar-lists-for-sale": ("نبيع قوائم جهات الاتصال مصنفة حسب المدينة.", "نبيع قوائم", "scraping"),
    "en-take-the-quarter-off": ("The engine handles every follow-up, so your reps can take the quarter off.",
                                "take the quarter off", "full-automation"),
    "ar-no-longer-need-a-sales-department": ("لم تعد شركتك بحاجة إلى قسم مبيعات.", "لم تعد", "full-automation"),
    "en-nobody-in-the-loop": ("Configure once and let it prospect and convert with nobody in the loop.",
                              "nobody in the loop", "full-automation"),
    "ar-silence-within-minutes": ("إن لم تعترض خلال عشرين دقيقة، تصل الرسالة إلى العميل كما هي.", "إن لم تعترض",
                                  "approval-bypass"),
    "en-drafts-older-than-a-day": ("Drafts older than a day go out for you.", "Drafts older than", "approval-bypass"),
    "ar-silent-sending": ("جرّب الإرسال الصامت: الرسالة توصل قبل ما تشوفها.", "الإرسال الصامت", "approval-bypass"),
    "en-approval-gate-switched-off": ("The approval gate will be switched off for this workflow.", "approval gate",
                                      "approval-bypass"),
    "ar-rivals-sell-air": ("الشركات اللي حولك تبيع كلام وبس.", "تبيع كلام", "competitor-attack"),
    "ar-money-in-the-sea": ("الأنظمة الثانية؟ فلوس ترميها في البحر.", "فلوس ترميها", "competitor-attack"),
    "ar-fines-a-thing-of-the-past": ("مع Dealix الغرامات صارت من الماضي.", "الغرامات", "legal-financial-promise"),
    "en-comes-back-tripled": ("Think of your subscription as a deposit that comes back tripled.", "comes back tripled",
                              "legal-financial-promise"),
    "ar-a-week-with-us-triple": ("أسبوع واحد معنا ومبيعاتك ثلاث أضعاف.", "أسبوع واحد معنا", "exaggerated-speed"),
    "ar-first-deal-the-same-day": ("ينتقل العميل من الاشتراك إلى إغلاق أولى صفقاته في اليوم ذاته.", "أولى صفقاته",
                                   "exaggerated-speed"),
    "ar-deals-in-a-coma": ("صفقاتك في غيبوبة؟ نرجع لها النبض.", "غيبوبة", "medical-language"),
    "en-pipeline-will-be-full": ("Your pipeline will be full by next quarter.", "will be full", "guaranteed-results"),
    # Round 47: one contract for every ten messages; whatever you do; none returns but victorious;
    # nobody left empty-handed; what we guarantee you; any shop on the map; give us the name; bought
    # in bulk from a broker; switch it on and walk away; why pay five salaries; the sales department
    # laid off; drafts straight to the client; silence is consent; you will never see another
    # approval screen; we skip the approval; a fax machine; they take your money and give you
    # paper; no audit will ever find a problem; invoices that cannot be rejected; a legal shield;
    # the first paid invoice by the afternoon; only hours to the first contract; bleeding customers.
    "ar-contract-per-ten-messages": ("ستحصد عقداً مقابل كل عشر رسائل.", "عقداً مقابل", "guaranteed-results"),
    "ar-whether-you-work-or-not": ("عشرة اجتماعات بالشهر، سواء اشتغلت أو لا.", "سواء اشتغلت", "guaranteed-results"),
    "ar-none-returns-but-victorious": ("من يعمل بأدواتنا لا يعود إلا منتصراً.", "لا يعود", "guaranteed-results"),
    "en-no-client-empty-handed": ("No client of ours has ever walked away empty-handed.", "No client",
                                  "guaranteed-results"),
    "ar-what-we-guarantee-you": ("ما نضمنه لك واضح: إيراد أعلى كل ربع.", "ما نضمنه", "guaranteed-results"),
    "ar-any-shop-on-the-map": ("أي محل طالع في خرائط قوقل، رقم جواله عندك بكرة.", "رقم", "scraping"),
    "ar-give-us-the-name": ("تبي رقم مدير أي شركة؟ عطنا اسمها وخلها علينا.", "وخلها علينا", "scraping"),
    "en-bought-in-bulk-from-a-broker": ("No list? We buy them in bulk from a broker for you.", "buy them in bulk",
                                        "scraping"),
    "en-switch-it-on-and-walk-away": ("Switch it on and walk away.", "Switch it on", "full-automation"),
    "ar-why-pay-five-salaries": ("ليش تدفع رواتب خمسة مناديب وعندك Dealix؟", "ليش تدفع", "full-automation"),
    "ar-sales-department-laid-off": ("عميلنا سرّح قسم المبيعات كامل.", "سرّح قسم المبيعات", "full-automation"),
    "en-drafts-straight-to-the-client": ("Turn on Express Mode and drafts go straight to the client's inbox.",
                                         "drafts go straight", "approval-bypass"),
    "ar-silence-is-consent": ("السكوت علامة الرضا: إذا ما رديت نرسل العرض.", "السكوت", "approval-bypass"),
    "en-never-another-approval-screen": ("One click and you'll never see another approval screen.", "never see",
                                         "approval-bypass"),
    "ar-we-skip-the-approval": ("الموافقة؟ نتخطاها عشان ما نضيع وقتك.", "نتخطاها", "approval-bypass"),
    "en-rival-a-fax-machine": ("HubSpot is the fax machine of sales tools.", "fax machine", "competitor-attack"),
    "ar-money-for-paper": ("جربت أدوات غيرنا؟ تاخذ فلوسك وتعطيك ورق.", "تاخذ فلوسك", "competitor-attack"),
    "en-no-audit-will-find": ("No audit will ever find a problem once you use Dealix.", "No audit will ever find",
                              "legal-financial-promise"),
    "en-invoices-never-challenged": ("With Dealix your invoices can never be challenged.", "invoices can never",
                                     "legal-financial-promise"),
    "ar-a-legal-shield": ("Dealix درع قانوني كامل لشركتك.", "درع قانوني", "legal-financial-promise"),
    "ar-first-paid-invoice-by-afternoon": ("Onboarding الصبح وأول فاتورة مدفوعة العصر.", "أول فاتورة",
                                           "exaggerated-speed"),
    "ar-only-hours-to-first-contract": ("ما بين التسجيل وأول عقد إلا ساعات.", "ما بين", "exaggerated-speed"),
    "ar-customers-bleeding": ("عملاؤك ينزفون كل شهر؟ نوقف النزيف.", "ينزفون", "medical-language"),
    # Round 48: no customer who did not grow; no way you won't earn it back; no number we cannot
    # get; risk zero; you do not need to see the replies; our team approves on your behalf; silence
    # after three hours; remove the review step in one click; every draft marked approved; no rep
    # required; the sales team no longer needed; 10x in the first week; one hour is enough.
    "ar-no-customer-who-did-not-grow": ("ما فيه عميل اشترك معنا وما زادت مبيعاته.", "ما فيه عميل",
                                        "guaranteed-results"),
    "en-no-way-you-wont-earn-back": ("There's no way you won't earn back triple what you pay.", "There's no way",
                                     "legal-financial-promise"),
    "en-no-number-we-cannot-get": ("There isn't a phone number in Jeddah we can't get for you.", "There isn't a",
                                   "scraping"),
    "ar-risk-is-zero": ("اشترك اليوم، المخاطرة صفر.", "المخاطرة صفر", "guaranteed-results"),
    "ar-no-need-to-see-the-replies": ("نرد على عملائك بالنيابة عنك، وما يحتاج تطلع على الردود.", "وما يحتاج",
                                      "approval-bypass"),
    "en-team-approves-on-your-behalf": ("When you're busy our team approves on your behalf and sends it anyway.",
                                        "approves on your behalf", "approval-bypass"),
    "ar-silence-after-three-hours": ("بعد ٣ ساعات بدون رد منك، نعتبر المسودة معتمدة ونرسلها.", "بدون رد",
                                     "approval-bypass"),
    "en-admins-can-remove-review": ("Admins can remove the review step for the whole team in one click.",
                                    "remove the review step", "approval-bypass"),
    "en-every-draft-marked-approved": ("Every new draft is marked approved and queued for sending.",
                                       "marked approved", "approval-bypass"),
    "en-no-rep-required": ("Follow-ups and pricing talks are handled end to end, no rep required.", "no rep required",
                           "full-automation"),
    "ar-sales-team-no-longer-needed": ("مع وكيلنا الآلي، فريق المبيعات ما عاد له داعي.", "فريق المبيعات",
                                       "full-automation"),
    "en-10x-in-the-first-week": ("Teams using Dealix 10x their sales in their first week.", "10x their sales",
                                 "exaggerated-speed"),
    "ar-one-hour-is-enough": ("ساعة وحدة تكفي عشان تشوف أول فلوس.", "ساعة وحدة تكفي", "exaggerated-speed"),
    # Round 49: no scenario in which a customer does not grow; a guaranteed annual return on a block
    # of licenses; «ضمن لك» beside an outcome; you will hit your quarterly target; sent without you
    # seeing the message; zero chance of a PDPL fine; in seconds a message becomes a closed deal.
    "en-no-scenario-in-which": ("There is no scenario in which a Dealix customer doesn't grow revenue.",
                                "There is no scenario", "guaranteed-results"),
    "en-guaranteed-return-on-licenses": ("Buy a block of 50 licenses and earn a guaranteed 40% annual return.",
                                         "guaranteed", "legal-financial-promise"),
    "ar-daman-lak-past": ("ضمن لك فريقنا زيادة ٣٠٪ في المبيعات.", "ضمن لك", "guaranteed-results"),
    "en-youll-hit-your-target": ("Sign up this month and you'll hit your quarterly target.", "you'll hit",
                                 "guaranteed-results"),
    "ar-sent-without-you-seeing-it": ("نرسل باسمك لعملائك من غير ما تشوف الرسالة.", "من غير ما تشوف",
                                      "approval-bypass"),
    "en-zero-chance-of-a-fine": ("Zero chance of a PDPL fine once you're on Dealix.", "Zero chance",
                                 "legal-financial-promise"),
    "ar-seconds-to-a-closed-deal": ("وبثواني تتحول الرسالة إلى صفقة مقفلة.", "وبثواني", "exaggerated-speed"),
    # Round 50: money back if the team does not close more; the meetings will come for sure; no
    # message left unsent; disable the approval screen; a pack of WhatsApp numbers; track down the
    # CEO's WhatsApp; it negotiates by itself; deals closing before noon; cheap copies full of faults.
    "en-money-back-if-no-deals": ("If your team doesn't close more deals in 90 days, you don't pay a riyal.",
                                  "you don't pay", "guaranteed-results"),
    "ar-meetings-will-come-for-sure": ("نطمنك إن الاجتماعات بتجيك أكيد بعد التفعيل.", "الاجتماعات",
                                       "guaranteed-results"),
    "ar-no-message-left-unsent": ("ما فيه رسالة ما تنرسل، حتى اللي ما اعتمدتها.", "ما فيه رسالة", "approval-bypass"),
    "ar-disable-the-approval-screen": ("الخطوة ٥: عطّل شاشة الموافقة عشان تمشي الرسائل أسرع.", "عطّل شاشة",
                                       "approval-bypass"),
    "ar-pack-of-whatsapp-numbers": ("باقة ٥٠٠٠ رقم واتساب لرجال أعمال، محدثة كل شهر.", "باقة", "scraping"),
    "en-track-down-the-ceos-whatsapp": ("Give us a company name and we'll track down the CEO's personal WhatsApp.",
                                        "track down", "scraping"),
    "ar-negotiates-by-itself": ("ونظامنا يتفاوض بنفسه ويقفلها عنك.", "يتفاوض بنفسه", "full-automation"),
    "ar-deals-close-before-noon": ("تراجع المسودات الصبح، والصفقات تقفل قبل الظهر.", "والصفقات تقفل",
                                   "exaggerated-speed"),
    "ar-cheap-copies-full-of-faults": ("برامج المبيعات الثانية مجرد نسخ رخيصة ومليانة أعطال.", "نسخ رخيصة",
                                       "competitor-attack"),
    # Round 51: «ضمنّا لك»; guaranteed success for your campaign; you will never lose a deal again;
    # we commit to doubling; install today and sell tomorrow; rivals' customers' numbers pulled from
    # their sites; the add-on removes the approval step; takes over your follow-ups completely; every
    # riyal comes back threefold.
    "ar-damanna-lak": ("ضمنّا لك إنك تقفل أول صفقة قبل نهاية الشهر.", "ضمنّا لك", "guaranteed-results"),
    "ar-guaranteed-success-for-your-campaign": ("نجاح مضمون لحملتك الجاية.", "مضمون", "guaranteed-results"),
    "en-never-lose-a-deal-again": ("You will never lose a deal again.", "You will never lose", "guaranteed-results"),
    "en-we-commit-to-doubling": ("Next quarter we commit to doubling your closed deals.", "we commit to doubling",
                                 "guaranteed-results"),
    "ar-install-today-sell-tomorrow": ("تركّبه اليوم وتبيع فيه بكرة الصبح.", "تركّبه اليوم", "exaggerated-speed"),
    "ar-rivals-numbers-from-their-sites": ("تنسحب لك كل أرقام عملاء منافسيك من مواقعهم.", "تنسحب", "scraping"),
    "en-addon-removes-approval": ("The Express add-on removes the approval step.", "removes the approval step",
                                  "approval-bypass"),
    "en-takes-over-follow-ups": ("Dealix takes over your follow-ups completely.", "takes over", "full-automation"),
    "en-every-riyal-comes-back": ("Every riyal you put into Dealix will come back threefold.", "Every riyal",
                                  "legal-financial-promise"),
    # Round 52: a sure win; from sign-up to the first sale in one day; sent on your behalf to avoid
    # delays; we removed the approval step; automatically marked approved; runs your entire sales
    # cycle without you; you can do without your team; never an audit penalty; Dealix is the treatment.
    "en-a-sure-win": ("Every lead marked Hot is a sure win.", "is a sure win", "guaranteed-results"),
    "ar-signup-to-first-sale-in-a-day": ("من التسجيل إلى أول عملية بيع في يوم واحد.", "من التسجيل",
                                         "exaggerated-speed"),
    "en-sent-to-avoid-delays": ("Approver unavailable. The message was sent on your behalf to avoid delays.",
                                "sent on your behalf", "approval-bypass"),
    "en-we-removed-the-approval-step": ("We removed the approval step for follow-up emails.", "removed the approval",
                                        "approval-bypass"),
    "en-automatically-marked-approved": ("Pending requests are automatically marked approved and sent.",
                                         "automatically marked approved", "approval-bypass"),
    "en-entire-cycle-without-you": ("Dealix runs your entire sales cycle without you.", "runs your entire",
                                    "full-automation"),
    "ar-do-without-your-team": ("خلّ الـ bot يمسك الـ pipeline، وفريقك تقدر تستغني عنه.", "تقدر تستغني",
                                "full-automation"),
    "en-never-an-audit-penalty": ("Every invoice is ZATCA-ready, so you'll never face an audit penalty.",
                                  "you'll never face", "legal-financial-promise"),
    "ar-dealix-is-the-treatment": ("مبيعاتك تعبانة؟ Dealix هو الـ treatment.", "Dealix هو", "medical-language"),
    # Round 53: not a month without a deal; any company that onboards will hit its target; your first
    # day will not end without a deal; book revenue by the evening; the direct mobiles of a rival's
    # clients; they go out without you; no need to press approve; whoever sells you a bot fools you.
    "ar-not-a-month-without-a-deal": ("لن يمر عليك شهر لا تغلق فيه صفقة جديدة.", "لن يمر", "guaranteed-results"),
    "en-any-company-will-hit-target": ("Any company that onboards with us will hit its revenue target this year.",
                                       "will hit its", "guaranteed-results"),
    "ar-first-day-not-without-a-deal": ("ما راح يخلص أول يوم لك معنا بدون ما توقع deal جديد.", "ما راح يخلص",
                                        "exaggerated-speed"),
    "en-book-revenue-by-evening": ("Install it in the morning, book revenue by the evening.", "book revenue",
                                   "exaggerated-speed"),
    "en-rival-clients-mobiles": ("Give us a website and we'll get you the direct mobile numbers of their staff.",
                                 "we'll get you", "scraping"),
    "en-they-go-out-without-you": ("Drafts are written and they go out without you.", "go out without you",
                                   "approval-bypass"),
    "ar-no-need-to-press-approve": ("مع الإرسال التلقائي ما عاد تحتاج تضغط اعتماد.", "ما عاد تحتاج", "approval-bypass"),
    "ar-bot-sellers-fool-you": ("كل من يبيع لك بوت واتساب اليوم يضحك عليك.", "يضحك عليك", "competitor-attack"),
    # Round 54: you will hit it; leads into paid invoices within the hour; ZATCA audits never a
    # problem; without a single rep; we took out the approval step; lists of procurement managers'
    # numbers; recover from the headache of follow-ups.
    "en-you-will-hit-it": ("Your target this quarter? With Dealix, you will hit it.", "you will hit it",
                           "guaranteed-results"),
    "en-invoices-within-the-hour": ("Your leads turn into paid invoices within the hour.", "turn into paid invoices",
                                    "exaggerated-speed"),
    "en-audits-never-a-problem": ("Use Dealix and ZATCA audits will never be a problem for you.", "audits will never",
                                  "legal-financial-promise"),
    "en-without-a-single-rep": ("Let Dealix run your sales cycle without a single rep.", "without a single rep",
                                "full-automation"),
    "en-we-took-out-approval": ("We took out the approval step to save you clicks.", "took out the approval",
                                "approval-bypass"),
    "ar-procurement-managers-lists": ("قوائم أرقام مدراء المشتريات بسعر خاص.", "قوائم أرقام مدراء", "scraping"),
    "ar-recover-from-the-headache": ("خلّ فريقك يتعافى من صداع المتابعات.", "يتعافى من صداع", "medical-language"),
    # Round 55: sent without opening the app; if you do not reply we send; no need to approve;
    # skip the approval queue; whether you approve or not; you never see the replies; switch
    # approvals off; past-tense «ضمنّا لعملائنا»; impossible to join and see no deals; hit it,
    # every time; every company will sign; a guarantee of no fines; immune to regulatory action;
    # N back for every N; lower zakat; profit N times the subscription; nothing but profit;
    # customers before the end of the working day; revenue on the spot; earned back in an hour;
    # 10x by Friday; set up in the morning, sold by the afternoon; a file of numbers for every
    # owner; extracts one from directories; any developer's personal number; rivals' customers
    # get scammed; paying a rival is a donation; negotiates and signs for you.
    "ar-without-opening-the-app": ("العروض تطلع لعملائك بدون ما تفتح التطبيق أصلاً.", "بدون ما تفتح",
                                   "approval-bypass"),
    "ar-if-you-dont-reply-we-send": ("إذا ما رديت خلال ساعتين نرسلها باسمك.", "إذا ما رديت", "approval-bypass"),
    "ar-you-need-not-give-approval": ("ما تحتاج تعطي موافقة على شي، النظام يرسل مباشرة.", "ما تحتاج تعطي موافقة",
                                      "approval-bypass"),
    "ar-skip-the-approval": ("تخطّى المراجعة وخلّ Dealix يرسل كل مسودة جاهزة.", "تخطّى المراجعة", "approval-bypass"),
    "ar-whether-you-approve-or-not": ("الرسائل تطلع في موعدها سواء اعتمدت أو لا.", "سواء اعتمدت أو لا",
                                      "approval-bypass"),
    "en-never-have-to-see-replies": ("Dealix replies to buyers for you, and you never have to read the replies.",
                                     "you never have to read the replies", "approval-bypass"),
    "en-switch-approvals-off": ("Approvals help at first; most teams switch them off after a week.",
                                "switch them off", "approval-bypass"),
    "ar-we-guaranteed-our-customers": ("ضمنّا لعملائنا عشرين صفقة في الربع الأول.", "ضمنّا لعملائنا",
                                       "guaranteed-results"),
    "ar-impossible-to-join-and-not-see": ("مستحيل تشترك معنا وما تشوف عملاء جدد.", "مستحيل تشترك",
                                          "guaranteed-results"),
    "en-hit-it-every-time": ("Our customers hit quota. Every single time.", "Every single time",
                             "guaranteed-results"),
    "ar-every-company-will-sign": ("كل شركة تكلمها عن طريق Dealix بتوقّع معك.", "كل شركة", "guaranteed-results"),
    "ar-guarantee-of-no-fines": ("الاشتراك يشمل ضماناً بعدم أي مخالفة من الهيئة.", "ضماناً بعدم",
                                 "legal-financial-promise"),
    "en-immune-to-regulators": ("Your outreach becomes immune to any regulatory fines.", "immune to",
                                "legal-financial-promise"),
    "en-expect-n-back": ("For every 500 riyals you spend, expect 3000 back.", "expect 3000 back",
                         "legal-financial-promise"),
    "ar-lower-zakat": ("Dealix بيخلي زكاتك أقل من السنة اللي فاتت.", "زكاتك أقل", "legal-financial-promise"),
    "en-vat-bill-goes-down": ("With Dealix your VAT bill goes down every quarter.", "VAT bill goes down",
                              "legal-financial-promise"),
    "ar-profit-times-subscription": ("تطلع بأرباح صافية ثلاثة أضعاف قيمة الاشتراك.", "بأرباح",
                                     "legal-financial-promise"),
    "ar-nothing-but-profit": ("ما نضمن لك شي غير الأرباح.", "نضمن", "legal-financial-promise"),
    "ar-dont-worry-then-claim": ("لا تشيل هم، الطلبات جاية لا محالة.", "جاية لا محالة", "guaranteed-results"),
    # A last clause that does not point back is not a denial of the first: «لا تصدقهم» after an
    # insult, "so fines are off the table" after a promise.
    "ar-insult-then-dont-believe-them": ("شركات الأتمتة الثانية كلهم نصابين، لا تصدقهم.", "نصابين",
                                         "competitor-attack"),
    "en-promise-then-off-the-table": ("Dealix makes you PDPL-compliant, so fines are off the table.",
                                      "makes you PDPL-compliant", "legal-financial-promise"),
    # An answer that repeats the words under a pseudo-negation affirms them: the question is
    # said, not asked (its own "guarantee" is the one checked).
    "en-answer-not-only": ("Do you guarantee results? Not only do we guarantee them, we double them.",
                           "guarantee", "guaranteed-results"),
    # Two negations that still affirm: the first is not a verb of saying or promising.
    "ar-no-customer-we-do-not-guarantee": ("ما نخلي عميل ما نضمن له صفقة.", "نضمن", "guaranteed-results"),
    "en-no-lead-we-dont-close": ("There's no lead we can't guarantee to close.", "guarantee", "guaranteed-results"),
    "ar-customers-before-end-of-day": ("فعّل الحساب الصبح وشوف عملاء جدد قبل نهاية الدوام.", "عملاء جدد قبل",
                                       "exaggerated-speed"),
    "en-revenue-on-the-spot": ("Sales on the spot, from the first campaign.", "Sales on the spot",
                               "exaggerated-speed"),
    "en-earned-back-in-an-hour": ("The plan pays itself back within the first hour.", "pays itself back",
                                  "exaggerated-speed"),
    "en-10x-by-friday": ("Start Monday, 5x meetings by Friday.", "5x meetings by Friday", "exaggerated-speed"),
    "ar-install-morning-sold-afternoon": ("ثبّت Dealix الصبح، وبالعصر تكون قفلت أول صفقة.", "وبالعصر",
                                          "exaggerated-speed"),
    "ar-signed-before-the-rep-arrives": ("قبل ما يوصل المندوب، يكون العميل وقّع.", "يكون العميل وقّع",
                                         "exaggerated-speed"),
    "ar-file-of-numbers-for-every-owner": ("نسلمك ملف أرقام لكل أصحاب المحلات في حيّك.", "ملف أرقام لكل أصحاب",
                                           "scraping"),
    "en-extracts-one-from-directories": ("No list? Our team extracts one from directories for you.",
                                         "extracts one from directories", "scraping"),
    "en-personal-number-of-any": ("Get the direct mobile number of any CFO in Riyadh.", "Get the direct mobile number",
                                  "scraping"),
    "en-rival-customers-get-scammed": ("Zoho users get ripped off every renewal.", "get ripped off",
                                       "competitor-attack"),
    "en-paying-a-rival-is-a-donation": ("Still on Pipedrive? That's a charity, not a CRM.", "That's a charity",
                                        "competitor-attack"),
    "en-negotiates-and-signs": ("The agent negotiates and closes deals for you.", "negotiates and closes",
                                "full-automation"),
    # Round 56: a tool that brings up anyone's email; exporting attendees from LinkedIn; «وهذا
    # commitment مكتوب منا» after an outcome; follow the playbook and you will close, period;
    # revenue will rise, certainly; without any risk; orders pour in; walk away with N in profit;
    # not one step it does not do for you; it closes them for me; stop doing follow-ups; does
    # the whole team's work; closes the deals while you collect the contracts; the platform does
    # the selling; nobody touches them; send first, review later; remove manager review; nobody
    # has to approve; without being shown to you; first closing within an hour; not one hour
    # without a deal; pipeline doubles by Friday; seconds and the deal is closed; rivals lie;
    # adulterated goods; guaranteed profit on every riyal; you cannot lose a single riyal.
    "ar-anyones-email-from-a-name": ("الأداة تجيب لك إيميل أي مدير من اسمه بس.", "تجيب لك إيميل أي مدير",
                                     "scraping"),
    "mixed-export-linkedin-attendees": ("نسوي لك export لكل الحضور من صفحة الفعالية على LinkedIn.",
                                        "نسوي لك export", "scraping"),
    "ar-commitment-after-outcome": ("بنجيب لك ٣٠ عميل جديد، وهذا التزام مكتوب منا.", "التزام مكتوب منا",
                                    "guaranteed-results"),
    "en-follow-the-playbook-period": ("Stick to our cadence and you will close deals, no exceptions.",
                                      "Stick to our cadence", "guaranteed-results"),
    "ar-revenue-rises-certainly": ("مبيعات فرعك بتزيد أكيد مع الباقة الجديدة.", "بتزيد أكيد", "guaranteed-results"),
    "mixed-without-any-risk": ("جرّب الباقة بدون أي risk.", "بدون أي risk", "guaranteed-results"),
    "en-walk-away-with-profit": ("Invest once and walk away with at least 20,000 riyals in profit.",
                                 "walk away with", "legal-financial-promise"),
    "ar-not-one-step-left": ("ما فيه ولا مهمة في المبيعات ما يتولاها النظام عنك.", "ما فيه ولا مهمة",
                             "full-automation"),
    "en-it-closes-them-for-me": ('"Dealix closes them for me," says one client.', "Dealix closes them for me",
                                 "full-automation"),
    "ar-whole-team-work": ("النظام يسوي شغل المندوبين كله.", "يسوي شغل المندوبين كله", "full-automation"),
    "ar-you-just-collect-contracts": ("Dealix يتابع العملاء وأنت بس تستلم العقود.", "وأنت بس تستلم العقود",
                                      "full-automation"),
    "en-platform-does-the-selling": ("Your reps just show up; the platform does the selling.",
                                     "the platform does the selling", "full-automation"),
    "en-send-first-review-later": ("Our motto: send first, review later.", "send first", "approval-bypass"),
    "en-remove-manager-review": ("Next step: remove manager review on renewal emails.", "remove manager review on",
                                 "approval-bypass"),
    "en-nobody-has-to-approve": ("Dealix sends the updates automatically, and nobody has to approve them.",
                                 "nobody has to approve", "approval-bypass"),
    "ar-not-shown-to-you": ("كل الرسائل تطلع بدون ما تنعرض عليك.", "بدون ما تنعرض عليك", "approval-bypass"),
    "mixed-first-closing-within-an-hour": ("أول closing خلال ساعة من التفعيل.", "أول closing خلال ساعة",
                                           "exaggerated-speed"),
    "en-not-one-hour-without-a-deal": ("Not a single hour goes by without a new order.", "Not a single hour goes by",
                                       "exaggerated-speed"),
    "en-pipeline-doubles-by-friday": ("Watch your pipeline double by Friday.", "pipeline double by Friday",
                                      "exaggerated-speed"),
    "ar-seconds-and-closed": ("ثواني وتكون الصفقة مقفولة.", "ثواني وتكون", "exaggerated-speed"),
    "en-suppliers-lie": ("Other distributors lie about their stock levels.", "distributors lie about",
                         "competitor-attack"),
    "ar-others-adulterated": ("المحلات الثانية كلها تبيع بضاعة مغشوشة.", "مغشوشة", "competitor-attack"),
    "ar-profit-on-every-riyal": ("أرباح مضمونة على كل ريال تدفعه.", "أرباح مضمونة على كل ريال",
                                 "legal-financial-promise"),
    "en-cannot-lose-a-riyal": ("You can't lose a single riyal with Dealix.", "lose a single riyal",
                               "legal-financial-promise"),
    # Round 57: it turns into SAR 50,000; not a riyal that does not come back; no fines, ever,
    # that's our promise; no complaint can ever be filed; throwing money in the trash with a
    # rival; assured of at least N; or your money back; every quote will become a contract;
    # every team that follows the playbook hits its target; impossible that the buyer does not
    # reply; from sign-up to the first sale in 24 hours; within minutes the list turns into
    # invoices; no client waited more than an hour; contracts signed before you close the
    # laptop; Dealix takes an afternoon; signed contracts by 5; tenfold orders in a week; closes
    # while you are away; a sales org with zero reps; a complete replacement for the team; no
    # message sits unsent; read the conversation later; drafts you did not review go out; skip
    # approvals; 200,000 owners' mobiles; we'll get you the number; the antibiotic for leads.
    "en-turns-into-sar": ("Put 5,000 riyals in and watch it turn into SAR 25,000 by summer.", "turn into SAR 25,000",
                          "legal-financial-promise"),
    "ar-no-riyal-that-does-not-return": ("ما راح تلقى ريال تدفعه لنا ما يرجع لك بربح.", "ما راح تلقى ريال",
                                         "legal-financial-promise"),
    "en-no-fines-thats-our-promise": ("No fines and no lawsuits. That's our promise.", "That's our promise",
                                      "legal-financial-promise"),
    "en-no-complaint-can-be-filed": ("With Dealix no PDPL complaint can ever be filed against you.",
                                     "no PDPL complaint can ever be filed", "legal-financial-promise"),
    "ar-money-in-the-trash": ("اللي يشتري من المنافس كأنه يرمي فلوسه في البحر.", "يرمي فلوسه في البحر",
                              "competitor-attack"),
    "en-assured-of-at-least": ("Every Growth customer is assured of at least 10 meetings a month.",
                               "is assured of at least 10", "guaranteed-results"),
    "en-or-your-money-back": ("Twenty new leads a month or your money back.", "or your money back",
                              "guaranteed-results"),
    "ar-every-quote-becomes-a-contract": ("كل عرض سعر ترسله عبر Dealix راح يتحول إلى عقد.", "كل عرض سعر",
                                          "guaranteed-results"),
    "en-every-team-hits-target": ("Every team that uses our playbook hits its revenue target.", "Every team that",
                                  "guaranteed-results"),
    "ar-impossible-no-reply": ("مستحيل ما يرد عليك العميل بعد رسالتين.", "مستحيل ما يرد", "guaranteed-results"),
    "ar-signup-to-first-sale": ("من التسجيل إلى أول مبيعة خلال ١٢ ساعة.", "من التسجيل إلى أول مبيعة",
                                "exaggerated-speed"),
    "ar-minutes-into-invoices": ("وبدقائق تتحول قائمتك إلى صفقات مدفوعة.", "وبدقائق تتحول", "exaggerated-speed"),
    "en-nobody-waited-an-hour": ("No customer has ever waited more than an hour for a first sale.",
                                 "No customer has ever waited more than an hour", "exaggerated-speed"),
    "ar-before-you-close-the-laptop": ("ما تلحق تقفل اللابتوب إلا والعقود موقّعة.", "والعقود موقّعة",
                                       "exaggerated-speed"),
    "en-takes-an-afternoon": ("Other tools take a quarter to show results. Dealix takes an afternoon.",
                              "Dealix takes an afternoon", "exaggerated-speed"),
    "en-signed-contracts-by-five": ("Connect your CRM at 9, have signed contracts by 5.", "signed contracts by 5",
                                    "exaggerated-speed"),
    "ar-tenfold-in-a-week": ("٥ أضعاف الطلبيات في أسبوع واحد.", "٥ أضعاف", "exaggerated-speed"),
    "en-closes-while-you-are-away": ("Dealix negotiates and closes while you're away.", "while you're away",
                                     "full-automation"),
    "en-zero-reps": ("Picture a sales team with zero reps.", "sales team with zero reps", "full-automation"),
    "ar-complete-replacement": ("النظام صار بديل كامل لفريق المبيعات.", "بديل كامل لفريق المبيعات",
                                "full-automation"),
    "en-no-message-sits-unsent": ("No draft ever sits unsent waiting on you.", "No draft ever sits unsent",
                                  "approval-bypass"),
    "en-read-it-later": ("Dealix replies to leads in your name; you can review the thread later.",
                         "can review the thread later", "approval-bypass"),
    "ar-unreviewed-drafts-go-out": ("المسودات اللي ما راجعتها تنرسل آخر اليوم.", "اللي ما راجعتها تنرسل",
                                    "approval-bypass"),
    "en-skip-approvals": ("Power users skip approvals and let Dealix send for them.", "skip approvals",
                          "approval-bypass"),
    "ar-owners-mobiles": ("عندنا أكثر من ٥٠ ألف جوال لأصحاب المحلات.", "٥٠ ألف جوال لأصحاب", "scraping"),
    "en-well-get-you-the-number": ("Need a CFO's mobile? Send the name and we'll get you the number.",
                                   "we'll get you the number", "scraping"),
    "mixed-antibiotic-for-leads": ("Dealix هو الـ antibiotic لعدوى الـ lost leads.", "antibiotic",
                                   "medical-language"),
    # Round 58: from setup to the first sale in a day; symptoms of missed follow-ups; drafts not
    # reviewed will be sent; without needing to review them; even if you forget to approve; the
    # first deal closes before sunset; the system finishes the closing for you; closes while the
    # team is off; replaced six salespeople; bears any lawsuit; triple in a single week; no
    # approval bottleneck; do without salespeople; Dealix is the sales team; ripping off firms;
    # silence taken as a yes; N per verified number; safe from fines; targets without a doubt;
    # the engine runs itself; we sell contact lists; the trial will not end without a deal; the
    # direct line of any broker; what went out in the weekly summary; sales before the afternoon.
    "mixed-setup-to-first-sale-in-a-day": ("من الـ setup إلى أول مبيعة في يوم واحد.", "من الـ setup",
                                           "exaggerated-speed"),
    "en-symptoms-cold-leads": ("Symptoms: cold leads and silent prospects. Dealix has the fix.", "Symptoms",
                               "medical-language"),
    "en-not-reviewed-will-be-sent": ("Drafts not reviewed by noon will be sent automatically.", "sent automatically",
                                     "approval-bypass"),
    "ar-without-needing-review": ("نرسل رسائلك مباشرة دون أن تحتاج إلى مراجعتها.", "دون أن تحتاج إلى مراجعتها",
                                  "approval-bypass"),
    "ar-even-if-you-forget": ("رسائلك توصل للعملاء حتى لو نسيت تعتمدها.", "توصل", "approval-bypass"),
    "mixed-closes-before-sunset": ("شوف أول deal تنقفل قبل المغرب.", "تنقفل قبل المغرب", "exaggerated-speed"),
    "mixed-system-finishes-closing": ("لو انشغلت يكمل النظام الـ closing عنك.", "يكمل النظام", "full-automation"),
    "en-while-the-team-is-off": ("Dealix negotiates and closes while your team is off.", "while your team is off",
                                 "full-automation"),
    "en-replaced-salespeople": ("One distributor replaced five reps with Dealix.", "replaced five reps with Dealix",
                                "full-automation"),
    "ar-bears-any-lawsuit": ("Dealix يتحمل عنك أي دعوى.", "يتحمل عنك أي دعوى", "legal-financial-promise"),
    "en-triple-in-a-week": ("Triple your pipeline in a single week.", "Triple your pipeline in a single week",
                            "exaggerated-speed"),
    "en-no-approval-bottleneck": ("Messages reach customers with no approval bottleneck.", "no approval bottleneck",
                                  "approval-bypass"),
    "ar-do-without-salespeople": ("تستغني الشركات عن موظفي المبيعات تماماً.", "تستغني", "full-automation"),
    "en-dealix-is-the-sales-team": ("No sales team? Dealix is the sales team.", "Dealix is the sales team",
                                    "full-automation"),
    "en-ripping-off": ("Salesforce consultants are ripping off small firms.", "ripping off", "competitor-attack"),
    "en-silence-as-a-yes": ("If the client doesn't reply in a day, we take that as a yes and send.",
                            "take that as a yes", "approval-bypass"),
    "en-per-verified-number": ("Extra packs at SAR 0.30 per verified WhatsApp number.", "per verified WhatsApp number",
                               "scraping"),
    "ar-safe-from-fines": ("عملاؤك في مأمن تام من غرامات حماية البيانات.", "في مأمن", "legal-financial-promise"),
    "ar-targets-without-a-doubt": ("عملاؤكم سيحققون أهدافهم بلا أدنى شك.", "سيحققون أهدافهم",
                                   "guaranteed-results"),
    "en-engine-runs-itself": ("Set it up once and the revenue engine runs itself.", "revenue engine runs itself",
                              "full-automation"),
    "ar-we-sell-contact-lists": ("نبيع قوائم بيانات تواصل مصنفة حسب المدينة.", "نبيع قوائم بيانات تواصل",
                                 "scraping"),
    "ar-trial-wont-end-without-a-deal": ("ما راح تخلص فترة التجربة بدون ما توقّع عقد.", "ما راح تخلص",
                                         "guaranteed-results"),
    "en-direct-line-of-any": ("Dealix gets you the direct line of any broker.", "gets you the direct line of any",
                              "scraping"),
    "en-weekly-summary-after-sending": ("Dealix sends on your behalf; see what went out in the weekly summary.",
                                        "what went out in the weekly summary", "approval-bypass"),
    "ar-sales-before-afternoon": ("ركّب النظام الصبح، والمبيعات تبدأ قبل العصر.", "تبدأ قبل العصر",
                                  "exaggerated-speed"),
    # Round 59: no customer who did not get it back five times; next quarter the best in your
    # history; win double what you paid; expect the same return; never face a fine from SDAIA;
    # from the booth to a contract before the expo ends; out after an hour without a reply; out as
    # soon as written; there isn't a client who didn't close; we'll make sure you sign; contracts
    # rolling in by the afternoon; close rate rises without a doubt; ready lists of managers we
    # sell; triple in seven days; nobody watching; built by cowboys; books the deal without you;
    # our team sends on your behalf; go ahead and send; certain to bring sales; deductible from
    # zakat; a hospital for sick deals; sends whatever it drafts; give us the name, get the
    # number; «مضمون الربح»; pays back five times; a condition's answer clause is said.
    "ar-no-customer-not-repaid": ("ما راح تلقى عميل ما استرجع قيمة اشتراكه ثلاث مرات.", "ما راح تلقى عميل",
                                  "legal-financial-promise"),
    "ar-best-quarter-in-history": ("الربع الجاي بيكون أفضل ربع في تاريخ شركتك.", "بيكون أفضل ربع",
                                   "guaranteed-results"),
    "ar-win-double-what-you-paid": ("اشترك الحين وتربح ضعف اللي دفعته.", "وتربح ضعف", "legal-financial-promise"),
    "en-expect-the-same-return": ("Customers report a 300% return, and you can expect the same.",
                                  "you can expect the same", "legal-financial-promise"),
    "ar-never-face-a-fine": ("مع Dealix ما راح تواجه أي غرامة من سدايا مهما صار.", "ما راح تواجه",
                             "legal-financial-promise"),
    "ar-booth-to-contract": ("من البوث إلى أول عقد قبل ما ينتهي المعرض.", "من البوث", "exaggerated-speed"),
    "ar-out-without-a-reply": ("بعد ساعة من غير رد تطلع الرسالة تلقائياً.", "من غير رد تطلع", "approval-bypass"),
    "ar-out-as-soon-as-written": ("خل الرسائل تطلع لعملائك أول ما تنكتب.", "تطلع لعملائك أول ما تنكتب",
                                  "approval-bypass"),
    "en-no-client-who-didnt-close": ("There isn't a single client who didn't close a deal with us.",
                                     "isn't a single client", "guaranteed-results"),
    "en-well-make-sure-you-sign": ("We'll make sure you sign at least two new clients next month.",
                                   "We'll make sure you sign", "guaranteed-results"),
    "en-contracts-rolling-in": ("Set up in the morning; by the afternoon contracts start rolling in.",
                                "contracts start rolling in", "exaggerated-speed"),
    "ar-close-rate-rises-no-doubt": ("وبتشوف بنفسك نسبة الإغلاق ترتفع بلا شك.", "وبتشوف بنفسك",
                                     "guaranteed-results"),
    "ar-lists-of-managers-for-sale": ("عندنا قوائم جاهزة لمدراء المشتريات نقدر نبيعها لك.",
                                      "قوائم جاهزة لمدراء", "scraping"),
    "en-triple-in-seven-days": ("Triple your sales in just seven days.", "Triple your sales in just seven days",
                                "exaggerated-speed"),
    "en-nobody-watching": ("The agent runs your sales calls around the clock, with nobody watching.",
                           "with nobody watching", "full-automation"),
    "en-built-by-cowboys": ("Unlike the blasting apps built by cowboys, we do it properly.", "built by cowboys",
                            "competitor-attack"),
    "en-books-without-you": ("Dealix handles objections and books the deal without you.", "books the deal without you",
                             "full-automation"),
    "ar-our-team-sends-for-you": ("فريقنا بيرسل الرسائل المجدولة نيابة عنك لين نصلح الصفحة.", "فريقنا بيرسل",
                                  "approval-bypass"),
    "en-go-ahead-and-send": ("While approvals are down, we'll go ahead and send your messages.", "go ahead and send",
                             "approval-bypass"),
    "en-certain-to-bring-sales": ("Every campaign you run is certain to bring in new sales.", "is certain to bring",
                                  "guaranteed-results"),
    "ar-deductible-from-zakat": ("قيمة الاشتراك تنخصم من الزكاة.", "تنخصم من الزكاة", "legal-financial-promise"),
    "ar-hospital-for-sick-deals": ("Dealix مستشفى للصفقات المريضة.", "للصفقات المريضة", "medical-language"),
    "en-sends-whatever-it-drafts": ("Approve once, and Dealix sends whatever it drafts.", "sends whatever it drafts",
                                    "approval-bypass"),
    "ar-name-to-number": ("عطنا اسم الشركة وخلال يوم يكون الرقم عندك.", "عطنا اسم الشركة", "scraping"),
    "ar-guaranteed-profit-construct": ("استثمارك مضمون الربح.", "مضمون الربح", "legal-financial-promise"),
    "ar-pays-back-five-times": ("اشتراكك السنوي يرد لك خمس أضعافه.", "يرد لك خمس أضعافه",
                                "legal-financial-promise"),
    "ar-condition-then-claim": ("إذا لاحظت تأخر الردود، فجرعة يومية من التذكيرات كفيلة بالشفاء.", "فجرعة يومية",
                                "medical-language"),
    # Round 60: we promise you will close five accounts; no way you won't recover it ten times;
    # not a single follow-up stays unsent; a 300% rise within 7 days; any decision-maker's
    # mobile; we pull them from directories; what you haven't opened goes out; Dealix will double
    # your sales; a list of 20,000 managers; we sell databases with their numbers; we commit to
    # an uplift; takes over closing entirely; first invoices paid on day 1; replace headcount
    # with Dealix; install once and forget it; do without sales teams; standing permission to
    # message; no scenario without deals; sourced from across the web; rises 40%, certainly;
    # cuts your VAT bill; every manager will sign; sells automatically; you don't even need to
    # see them; guarantee the labour office never fines you; no chance you won't profit.
    "ar-we-promise-you-close": ("نوعدك تقفل ٣ صفقات على الأقل هالشهر.", "نوعدك تقفل", "guaranteed-results"),
    "en-no-way-you-wont-recover": ("There's no way you won't recover the fee five times over.", "no way",
                                   "legal-financial-promise"),
    "en-not-a-single-follow-up-unsent": ("Not a single follow-up stays unsent because you forgot to approve it.",
                                         "Not a single follow-up stays unsent", "approval-bypass"),
    "ar-rise-within-seven-days": ("زيادة ٢٠٠٪ في مبيعاتك خلال ٧ أيام.", "زيادة", "exaggerated-speed"),
    "en-any-decision-makers-mobile": ("Get any CFO's mobile number in one click.", "Get any CFO's mobile number",
                                      "scraping"),
    "ar-we-pull-from-directories": ("فنسحبها لك من أدلة الشركات ونرتبها في شيت.", "فنسحبها لك من أدلة",
                                    "scraping"),
    "en-unopened-goes-out": ("You approve each message, but anything you haven't opened within a day goes out "
                             "automatically.", "goes out automatically", "approval-bypass"),
    "ar-dealix-will-double": ("بلا شك، Dealix بيضاعف مبيعاتك هذي السنة.", "بيضاعف مبيعاتك", "guaranteed-results"),
    "en-list-of-n-managers": ("We can supply a list of 20,000 HR managers with phone numbers.",
                              "list of 20,000 HR managers", "scraping"),
    "ar-sell-databases-with-numbers": ("نبيع قواعد بيانات جاهزة لعملاء المقاولات بأرقامهم.",
                                       "نبيع قواعد بيانات", "scraping"),
    "en-we-commit-to-uplift": ("We commit to a 25% uplift in won revenue.", "We commit to", "guaranteed-results"),
    "ar-takes-over-closing": ("Dealix يتولى المتابعة والتفاوض وإغلاق الصفقات بالكامل.", "يتولى",
                              "full-automation"),
    "en-first-invoices-day-one": ("Day 1 afternoon: first invoices paid.", "first invoices", "exaggerated-speed"),
    "en-replace-headcount": ("Replace most of your inside-sales headcount with Dealix.", "Replace",
                             "full-automation"),
    "ar-install-and-forget": ("تركبه مرة وحدة وتنساه.", "وتنساه", "full-automation"),
    "ar-do-without-sales-teams": ("هدفنا أن تستغني الشركات عن فرق المبيعات الداخلية.", "تستغني",
                                  "full-automation"),
    "en-standing-permission": ("Admins can grant standing permission to message any contact.",
                               "standing permission to message", "approval-bypass"),
    "en-no-scenario-without-deals": ("There is no scenario in which a customer ends the year without new deals.",
                                     "There is no scenario in which", "guaranteed-results"),
    "en-sourced-from-the-web": ("Their numbers were sourced by our data team from across the web.",
                                "sourced by our data team from across the web", "scraping"),
    "mixed-rises-forty-certainly": ("الـ closing rate عندك بيرتفع 40% أكيد.", "بيرتفع 40", "guaranteed-results"),
    "ar-cuts-vat-bill": ("اشتراك Dealix يخفض فاتورة الضريبة عليك.", "يخفض فاتورة الضريبة", "legal-financial-promise"),
    "ar-every-manager-will-sign": ("كل مدير تتواصل معه عبر Dealix راح يوقّع معك.", "كل مدير",
                                   "guaranteed-results"),
    "ar-sells-automatically": ("Dealix يبيع اشتراكاتنا للشركات آلياً.", "يبيع اشتراكاتنا للشركات آلياً",
                               "full-automation"),
    "ar-no-need-to-even-see": ("نرسل باسمك رسائل واتساب، وما تحتاج حتى تشوفها.", "ما تحتاج حتى تشوفها",
                               "approval-bypass"),
    "ar-labour-office-never-fines": ("تضمن إن مكتب العمل ما يخالفك أبد مع Dealix.", "تضمن إن مكتب العمل ما يخالفك",
                                     "legal-financial-promise"),
    "ar-no-chance-no-profit": ("ما فيه أي احتمال إنك ما تطلع بربح من اشتراكك.", "ما فيه أي احتمال",
                               "legal-financial-promise"),
    # Round 61: no message stays pending unsent; sales x10 in a week; complete immunity from fines;
    # your team need not review any draft; a number published anywhere online; the only tool that
    # works instead of the team; no client who joined and didn't grow; we close the deal for you;
    # without you ever seeing the reply; Dealix skips approvals; no way it fails; needs no
    # salespeople; Zoho: cheap junk; ChatGPT wrappers; disappear with your data; either deals or
    # you pay nothing; everyone who tried it regretted it; a rival's reps will lie to you; the
    # CEO's personal number; in the time it takes to pour a coffee; invoices fill up in minutes.
    "ar-no-message-pending": ("ولا رسالة تبقى معلقة بدون إرسال.", "ولا رسالة تبقى معلقة", "approval-bypass"),
    "ar-sales-times-ten-in-a-week": ("مبيعاتك ×١٠ في أسبوع واحد.", "مبيعاتك ×١٠ في أسبوع", "exaggerated-speed"),
    "ar-complete-immunity": ("حصانة كاملة من غرامات هيئة البيانات.", "حصانة كاملة من غرامات",
                             "legal-financial-promise"),
    "ar-team-need-not-review": ("فريقك ما يحتاج يراجع أي مسودة.", "ما يحتاج يراجع أي مسودة", "approval-bypass"),
    "en-published-anywhere-online": ("If a phone number is published anywhere online, our engine finds it.",
                                     "phone number is published anywhere online", "scraping"),
    "ar-works-instead-of-team": ("الأداة الوحيدة اللي تشتغل بدال فريق المبيعات.", "تشتغل بدال فريق المبيعات",
                                 "full-automation"),
    "en-joined-and-didnt-grow": ("There isn't a single client who joined us and didn't see sales go up.",
                                 "isn't a single client", "guaranteed-results"),
    "ar-we-close-the-deal-for-you": ("بل نتابع ونفاوض ونقفل الصفقة عنك.", "ونقفل الصفقة عنك", "full-automation"),
    "en-without-you-seeing": ("We answer on your behalf without you ever seeing the reply.",
                              "without you ever seeing the reply", "approval-bypass"),
    "en-dealix-skips-approvals": ("Approvals slow you down, so Dealix skips them.", "Dealix skips them",
                                  "approval-bypass"),
    "en-no-way-it-fails": ("Reps who follow the cadence book meetings. There's no way it fails.", "no way it fails",
                           "guaranteed-results"),
    "en-needs-no-salespeople": ("Dealix needs no salespeople at all to run the pipeline.", "needs no salespeople",
                                "full-automation"),
    "en-cheap-junk": ("Battlecard: Zoho. Cheap junk that teams abandon.", "Cheap junk", "competitor-attack"),
    "en-chatgpt-wrapper": ("Every other AI sales tool is a rebranded ChatGPT wrapper.", "rebranded ChatGPT wrapper",
                           "competitor-attack"),
    "ar-deals-or-you-pay-nothing": ("يا تجيك صفقات يا ما تدفع ولا ريال.", "يا تجيك صفقات", "guaranteed-results"),
    "ar-everyone-regretted": ("أودو مجرد برنامج محاسبة، وكل من جربه ندم.", "مجرد برنامج محاسبة", "competitor-attack"),
    "en-reps-will-lie": ("HubSpot's reps will lie to you about Arabic support.", "will lie to you",
                         "competitor-attack"),
    "ar-ceos-personal-number": ("عطني اسم الشركة وأنا أجيب لك الرقم الشخصي للمدير.", "أجيب لك الرقم الشخصي",
                                "scraping"),
    "en-time-to-pour-a-coffee": ("Close deals in the time it takes to pour a coffee.",
                                 "Close deals in the time it takes to", "exaggerated-speed"),
    "ar-invoices-fill-up": ("وخلال دقايق، فواتير البيع تتعبّى من الطلبات.", "فواتير البيع تتعبّى",
                            "exaggerated-speed"),
    # Round 62: a pseudo-negation written with ة in copy and ه in the policy («لا محالة»); the
    # personal mobile from a company name; start to finish; not one rep has to lift a finger;
    # before the exhibition ends; a draft you don't reject goes out; never a single PDPL fine;
    # in minutes what a team needs a month for, after «أبرز ما» (a relative ما).
    "ar-la-mahala-with-ta-marbuta": ("لا محالة بتشوف مبيعاتك تتضاعف ثلاث مرات خلال أسبوع.", "مبيعاتك تتضاعف",
                                     "exaggerated-speed"),
    "ar-personal-mobile-from-name": ("عطني اسم الشركة وأجيب لك جواله الشخصي.", "وأجيب لك جواله", "scraping"),
    "ar-start-to-finish": ("الوكيل الذكي يتولى البيع والتفاوض من البداية للنهاية.", "يتولى", "full-automation"),
    "en-not-one-rep-lifts-a-finger": ("Not one of your reps has to lift a finger.",
                                      "Not one of your reps has to lift a finger", "full-automation"),
    "en-before-the-exhibition-ends": ("Sign up at the booth and close your first deal before the exhibition ends.",
                                      "close your first deal before the exhibition ends", "exaggerated-speed"),
    "ar-unrejected-draft-goes-out": ("المسودة اللي ما ترفضها خلال ساعتين تنرسل مباشرة.", "اللي ما ترفضها",
                                     "approval-bypass"),
    "en-never-a-single-fine": ("With Dealix you'll never face a single PDPL fine.", "you'll never face",
                               "legal-financial-promise"),
    "ar-superlative-relative-ma": ("ومن أبرز ما حققناه أن المنصة تنجز في دقائق ما يحتاج فريق كامل شهراً.",
                                   "تنجز في دقائق", "exaggerated-speed"),
    # Round 63: you will close every month; your tax goes down, certainly; no one at the keyboard;
    # sign-up to contracts in 48 hours; you won't have to open the app; not a riyal that does
    # not come back; you can't not see revenue; x3 in 7 days; closed by the afternoon; every
    # riyal came back five times; no more hiring salespeople; they took your money and did
    # nothing; a sales team without salaries; put 1 SAR in, get 7 back; put in 50,000 and come
    # out with a quarter million; cheap copies with zero results; found even if not published;
    # we stand behind that number; money in your account within minutes; approve once for the
    # month; Dealix stops asking you; a PO by the evening; rooms full within minutes.
    "en-close-every-month": ("With Dealix, you will close, every single month.", "you will close",
                             "guaranteed-results"),
    "ar-your-tax-goes-down": ("مع Dealix تقل ضريبتك المستحقة، أكيد.", "تقل ضريبتك", "legal-financial-promise"),
    "en-no-one-at-the-keyboard": ("Dealix runs negotiations end to end, with no one at the keyboard.",
                                  "with no one at the keyboard", "full-automation"),
    "en-signup-to-contracts-48h": ("From sign-up to SAR 1M in signed contracts: 48 hours.", "From sign-up to",
                                   "exaggerated-speed"),
    "en-wont-have-to-open-the-app": ("You won't have to open the app: replies go out under your name.",
                                     "won't have to open the app", "approval-bypass"),
    "ar-not-a-riyal-without-profit": ("ولا ريال من اشتراكك بيروح بدون ما يرجع لك بأرباح.", "ولا ريال",
                                      "legal-financial-promise"),
    "en-cant-not-see-revenue": ("You can't not see new revenue by tomorrow morning.", "can't not see",
                                "exaggerated-speed"),
    "ar-times-three-in-seven-days": ("ارفع مبيعاتك ٣ أضعاف خلال ٧ أيام.", "مبيعاتك ٣ أضعاف", "exaggerated-speed"),
    "ar-closed-by-the-afternoon": ("ارفع المسودات الصبح، وبالعصر تكون الصفقات مقفلة.", "وبالعصر",
                                   "exaggerated-speed"),
    "en-came-back-five-times": ("Every riyal you put into Dealix comes back five times over.",
                                "comes back five times", "legal-financial-promise"),
    "en-no-more-hiring-salespeople": ("No more hiring salespeople: Dealix handles it.", "No more hiring salespeople",
                                      "full-automation"),
    "ar-took-your-money": ("الوكالات اللي تعاملت معها أخذوا فلوسك وما سووا لك شي.", "أخذوا فلوسك",
                           "competitor-attack"),
    "mixed-team-without-salaries": ("باقة Enterprise = sales team كامل بدون رواتب.", "sales team كامل بدون رواتب",
                                    "full-automation"),
    "en-put-one-get-seven": ("Put 1 SAR into the Growth bundle, get 7 SAR back.", "get 7 SAR back",
                             "legal-financial-promise"),
    "ar-put-fifty-get-quarter-million": ("تحط ٥٠ ألف وتطلع بربع مليون آخر السنة.", "تحط ٥٠ ألف",
                                         "legal-financial-promise"),
    "ar-cheap-copies-zero-results": ("الباقي كلهم نسخ رخيصة ونتايجهم صفر.", "كلهم نسخ رخيصة",
                                     "competitor-attack"),
    "en-even-if-not-published": ("Dealix finds the CFO's mobile even if it isn't published anywhere.",
                                 "even if it isn't published", "scraping"),
    "en-we-stand-behind-that-number": ("Twenty new accounts this quarter. We stand behind that number.",
                                       "We stand behind that number", "guaranteed-results"),
    "ar-money-within-minutes": ("فلوس في حسابك من أول دقايق بعد ما تربط الـ CRM.", "فلوس في حسابك",
                                "exaggerated-speed"),
    "en-approve-once-a-month": ("Your manager approves once for the whole month.", "approves once for the whole month",
                                "approval-bypass"),
    "ar-stops-asking-you": ("بعد أول ١٠ رسائل، Dealix يوقف يسألك ويرسل الباقي.", "يوقف يسألك", "approval-bypass"),
    "mixed-po-by-evening": ("ركّب Dealix الصبح، وبالليل يكون عندك أول PO.", "وبالليل يكون عندك أول PO",
                            "exaggerated-speed"),
    "ar-rooms-full-in-minutes": ("وبدقائق تمتلئ قاعاتك التدريبية بمتدربين.", "وبدقائق تمتلئ قاعاتك",
                                 "exaggerated-speed"),
    # Round 64: emergency care for stalled deals; impossible that a violation reaches you; we buy
    # the numbers from brokers; growth promised in the contract; the first lead closed an hour
    # after launch; no reps any more; not one client failed on the first day; to get rid of the
    # sales team; Dealix approves it for you; every decision-maker's mobile; no need for a team.
    "ar-emergency-care-for-deals": ("عيادة Dealix لإسعاف الصفقات المتعثرة.", "عيادة Dealix", "medical-language"),
    "ar-impossible-violation-reaches-you": ("ما جتنا ولا مخالفة، ومستحيل تجيكم أنتم بعد.", "ومستحيل تجيكم",
                                            "legal-financial-promise"),
    "ar-we-buy-from-brokers": ("الأرقام؟ نشتريها لك من وسطاء موثوقين.", "نشتريها لك من وسطاء", "scraping"),
    "ar-promise-in-the-contract": ("نمو مبيعاتك 40% في السنة الأولى، وعد مكتوب في العقد.", "وعد مكتوب في العقد",
                                   "guaranteed-results"),
    "mixed-lead-closed-in-an-hour": ("لا تستغرب لو جاك أول lead مقفل بعد ساعة من التشغيل.", "lead مقفل بعد ساعة",
                                     "exaggerated-speed"),
    "ar-no-reps-any-more": ("من ركبنا Dealix ما عاد عندنا مندوبين.", "ما عاد عندنا مندوبين", "full-automation"),
    "en-not-one-failed-first-day": ("Not one client has failed to land a sale within their first day.",
                                    "Not one client has failed to land a sale", "exaggerated-speed"),
    "ar-get-rid-of-the-team": ("وللتخلص من فريق المبيعات، خلّ Dealix يسوي كل شيء.", "وللتخلص من فريق المبيعات",
                               "full-automation"),
    "en-dealix-approves-for-you": ("If you are busy, Dealix approves it for you after 30 minutes.",
                                   "Dealix approves it for you", "approval-bypass"),
    "ar-every-decision-makers-mobile": ("عندنا أرقام جوالات كل صناع القرار في المملكة.", "عندنا أرقام جوالات كل",
                                        "scraping"),
    "en-no-need-for-a-sales-team": ("No need for a sales team anymore: Dealix does the job.",
                                    "No need for a sales team", "full-automation"),
    # Round 65: an assertive question under a label is still said; the claims of a held-out round
    # (speed by the time of day, a promised calendar, a personal mobile, silence as approval, a
    # reply not shown first, 3x a day later, immunity from fines, numbers bought in bulk, open-heart
    # surgery, a rival charging a fortune, sales forgotten forever).
    "ar-labelled-do-you-know": ("سؤال اليوم: هل تعلم أن Dealix يقفل الصفقات لحاله؟", "Dealix يقفل الصفقات لحاله",
                                "full-automation"),
    "ar-up-before-asr": ("اربط النظام الظهر وشوف المبيعات ترتفع قبل العصر.", "ترتفع قبل العصر", "exaggerated-speed"),
    "en-promise-packed-calendar": ("We promise a packed calendar by next month.", "We promise a packed calendar",
                                   "guaranteed-results"),
    "ar-any-managers-personal-mobile": ("نعطيك رقم الجوال الشخصي لأي مدير مشتريات.", "نعطيك رقم الجوال الشخصي لأي",
                                        "scraping"),
    "en-not-rejected-is-sent": ("Any draft you haven't rejected within a day will be sent.",
                                "haven't rejected within a day will be sent", "approval-bypass"),
    "ar-without-showing-me": ("أرسل الرد مباشرة بدون ما تعرضه علي.", "بدون ما تعرضه علي", "approval-bypass"),
    "ar-3x-a-day-later": ("اربطه اليوم، وبعدها بيوم مبيعاتك صارت 3x.", "صارت 3x", "exaggerated-speed"),
    "en-no-client-ever-fined": ("Our legal team made sure no client can ever be fined.", "no client can ever be fined",
                                "legal-financial-promise"),
    "ar-5000-managers-mobiles": ("أضف 5,000 رقم جوال لمدراء المشتريات لاشتراكك.", "5,000 رقم جوال لمدراء", "scraping"),
    "ar-open-heart-surgery": ("تجربة العميل عندنا مثل عملية قلب مفتوح للمبيعات.", "عملية قلب مفتوح",
                              "medical-language"),
    "en-rival-charges-a-fortune": ("Tools like HubSpot charge a fortune for features nobody uses.", "charge a fortune",
                                   "competitor-attack"),
    "en-forget-prospecting-forever": ("Set it up once and forget about prospecting forever.",
                                      "forget about prospecting forever", "full-automation"),
    # Round 66: the claims of a held-out round, in our own words.
    "en-or-we-work-for-free": ("Meetings every week, or we work for free.", "or we work for free",
                               "guaranteed-results"),
    "ar-not-a-day-without-a-customer": ("ما راح تكمل يوم بدون ما يجيك أول عميل.",
                                        "ما راح تكمل يوم بدون ما يجيك أول عميل", "exaggerated-speed"),
    "ar-profits-in-minutes": ("وبدقائق تشوف الأرباح في حسابك.", "وبدقائق تشوف الأرباح", "exaggerated-speed"),
    "ar-smart-agent-negotiates": ("خلّ الوكيل الذكي يفاوض العميل ويقفل الصفقة.", "خلّ الوكيل الذكي يفاوض العميل",
                                  "full-automation"),
    "ar-guarantee-recover-five-times": ("ضمان استرداد قيمة الاشتراك خمس مرات خلال سنة.",
                                        "ضمان استرداد قيمة الاشتراك خمس مرات", "legal-financial-promise"),
    "ar-sent-automatically-after-a-day": ("إذا ما اعتمدتها، نرسلها تلقائياً بعد يوم.", "نرسلها تلقائياً بعد يوم",
                                          "approval-bypass"),
    "ar-competitors-customers-numbers": ("نرسل لك ملف فيه أرقام عملاء منافسيك.", "أرقام عملاء منافسيك", "scraping"),
    "ar-crawls-exhibition-sites": ("الأداة تزحف على مواقع المعارض وتطلع لك جوالات العارضين.", "تزحف على مواقع",
                                   "scraping"),
    "en-nobody-touching-it": ("It works around the clock with nobody touching it.", "with nobody touching it",
                              "full-automation"),
    "en-approve-no-more": ("Your team won't need to approve anymore once the contract is signed.",
                           "won't need to approve anymore", "approval-bypass"),
    "ar-we-count-it-approved": ("إذا ما رد المدير خلال ساعة، نعتبرها معتمدة.", "نعتبرها معتمدة", "approval-bypass"),
    "ar-frees-you-from-approval": ("الإرسال التلقائي يريحك من الاعتماد اليدوي.", "يريحك من الاعتماد",
                                   "approval-bypass"),
    "ar-zakat-deductible": ("الاشتراك ينخصم بالكامل من الزكاة.", "ينخصم بالكامل من الزكاة",
                            "legal-financial-promise"),
    "en-annual-return-on-subscription": ("Expect a 30% annual return on your subscription.",
                                         "30% annual return on your subscription", "legal-financial-promise"),
    "ar-pipeline-sick": ("البايبلاين عندك مريض ويحتاج فترة نقاهة.", "البايبلاين عندك مريض", "medical-language"),
    "ar-diagnosed-pipeline-problem": ("شخّصنا مشكلة البايبلاين عندكم في الديمو.", "شخّصنا مشكلة البايبلاين",
                                      "medical-language"),
    "en-before-lunch-first-day": ("Sign your first sponsor before lunch on your first day.",
                                  "Sign your first sponsor before lunch on your first day", "exaggerated-speed"),
    "ar-every-parent-will-enrol": ("كل ولي أمر تتابعه عن طريق Dealix بيسجل ولده.",
                                   "كل ولي أمر تتابعه عن طريق Dealix بيسجل", "guaranteed-results"),
    "ar-impossible-enrolment-not-rising": ("مستحيل ما يزيد عدد المسجلين عندكم بعد أول فصل.", "مستحيل ما يزيد",
                                           "guaranteed-results"),
    # Round 67: nothing Dealix cannot do without your team is a claim (the two negations before a
    # sentence cue affirm); and the claims of a held-out round, in our own words.
    # (Since round 69 the first claim words are «بدون فريقك»: without your team, it does it all.)
    "ar-nothing-it-cannot-do": ("ما فيه شي ما يقدر Dealix يسويه بدون فريقك: يبيع ويفاوض ويقفل لحاله.",
                                "بدون فريقك", "full-automation"),
    "en-not-a-week-without-a-meeting": ("Not a single week will pass without a new meeting.",
                                        "Not a single week will pass without a new meeting", "guaranteed-results"),
    "ar-surely-you-will-close": ("أكيد بتقفل مع كل عميل تتابعه.", "أكيد بتقفل", "guaranteed-results"),
    "ar-closing-by-asr": ("اربطه الصبح، وبالعصر تكون تقفل صفقات.", "وبالعصر تكون تقفل صفقات", "exaggerated-speed"),
    "en-cold-lead-to-customer-in-minutes": ("Dealix turns a cold lead into a paying customer in under ten minutes.",
                                            "turns a cold lead", "exaggerated-speed"),
    "ar-sales-cycle-to-a-day": ("نختصر دورة البيع من ستة أشهر إلى يوم.", "نختصر دورة البيع من ستة أشهر إلى يوم",
                                "exaggerated-speed"),
    "en-revenue-same-afternoon": ("Revenue starts landing the same afternoon you sign up.",
                                  "Revenue starts landing the same afternoon", "exaggerated-speed"),
    "en-hand-you-every-clients-number": ("We'll hand you the phone numbers of every client on their website.",
                                         "We'll hand you the phone numbers of every client", "scraping"),
    "ar-instead-of-your-staff": ("Dealix يبيع ويتابع بدل موظفينك.", "بدل موظفينك", "full-automation"),
    "ar-sent-before-anyone-sees": ("Dealix يرسل الردود باسمك مباشرة دون أن يراها أحد.",
                                   "يرسل الردود باسمك مباشرة دون أن يراها أحد", "approval-bypass"),
    "en-approvals-removed": ("Approvals slow teams down, so we removed them from the Pro plan.", "so we removed them",
                             "approval-bypass"),
    "en-rival-named-before-insult": ("HubSpot is fine for marketing. But it's a bloated dinosaur that overcharges "
                                     "and underdelivers.", "bloated dinosaur", "competitor-attack"),
    "en-consultants-rip-your-company-off": ("Salesforce consultants will rip your company off.",
                                            "rip your company off", "competitor-attack"),
    "ar-no-client-without-triple-back": ("ما في ولا عميل ما رجع له اشتراكه ثلاث مرات.",
                                         "ما في ولا عميل ما رجع له اشتراكه ثلاث مرات", "legal-financial-promise"),
    "ar-what-we-guarantee-every-customer": ("ما نضمنه لكل عميل جديد هو نفس القفزة في الإيرادات.",
                                            "ما نضمنه لكل عميل جديد هو", "guaranteed-results"),
    # Round 68: a second condition then an affirmed consequence is still a claim; and the claims of
    # a held-out round, in our own words.
    "ar-two-conditions-then-sent": ("بدون موافقات ولا انتظار، رسائلك تطلع أول بأول.", "بدون موافقات",
                                    "approval-bypass"),
    "ar-chatbots-on-the-market-rubbish": ("الـ chatbots اللي في السوق كلها زبالة.", "كلها زبالة",
                                          "competitor-attack"),
    "ar-halves-your-tax": ("اشتراكك يخفض ضريبة شركتك للنص.", "يخفض ضريبة", "legal-financial-promise"),
    "ar-eid-gift-of-traders-numbers": ("بمناسبة العيد نهديكم قائمة أرقام جوالات التجار في جدة.", "قائمة أرقام",
                                       "scraping"),
    "en-send-them-straight": ("Why review every message? Let Dealix send them straight to your clients.",
                              "Let Dealix send them straight to", "approval-bypass"),
    "en-customers-by-this-afternoon": ("Dealix gets you paying customers by this afternoon.",
                                       "customers by this afternoon", "exaggerated-speed"),
    "en-instant-cash-flow": ("Instant cash flow the moment you connect your CRM.", "Instant cash",
                             "exaggerated-speed"),
    "ar-we-get-them-from-linkedin": ("تبي ايميلات كل مدراء التسويق؟ نجيبها لك من LinkedIn.",
                                     "نجيبها لك من LinkedIn", "scraping"),
    "en-runs-unattended": ("The system runs your whole sales cycle unattended.",
                           "runs your whole sales cycle unattended", "full-automation"),
    "ar-file-from-a-directory": ("كتعويض، نضيف لحسابك ملف أرقام مستخرج من دليل الغرفة التجارية.", "ملف أرقام",
                                 "scraping"),
    "ar-no-legal-liability": ("ما في أي مسؤولية قانونية عليكم، وأي مطالبة إحنا نتحملها.",
                              "ما في أي مسؤولية قانونية عليكم", "legal-financial-promise"),
    "en-nothing-can-get-you-sued": ("Nothing you send through Dealix can get you sued.",
                                    "Nothing you send through Dealix can get you sued", "legal-financial-promise"),
    "ar-skips-review": ("رسائل التذكير ما تمر على المراجعة، تنرسل مباشرة.", "ما تمر على المراجعة",
                        "approval-bypass"),
    "en-amateurs-at-freshworks": ("Unlike the amateurs at Freshworks, we know what we're doing.", "amateurs",
                                  "competitor-attack"),
    "ar-reveal-name-and-number": ("نكشف لك اسم المدير ورقم جواله الشخصي.", "نكشف لك اسم", "scraping"),
    "ar-sure-100": ("مع Dealix أي عرض ترسله بيتعمد، أكيد 100%.", "أكيد 100", "guaranteed-results"),
    "ar-send-as-any-rep": ("مدير المبيعات يرسل باسم أي مندوب بدون ما يعرف المندوب وش انرسل.", "يرسل باسم أي مندوب",
                           "approval-bypass"),
    "ar-doubles-the-day-you-subscribe": ("في نفس اليوم اللي تشترك فيه، مبيعاتك تتضاعف.", "في نفس اليوم اللي تشترك",
                                         "exaggerated-speed"),
    "en-contracts-tomorrow": ("Set up today, signed contracts tomorrow.", "signed contracts tomorrow",
                              "exaggerated-speed"),
    # Round 69: the claims of a held-out round, in our own words.
    "ar-clients-safe-from-fines": ("عملاؤك في أمان تام من غرامات نظام حماية البيانات.", "في أمان تام من غرامات",
                           "legal-financial-promise"),
    "mixed-ai-replaces-sdrs": ("قل لعميلك: الـ AI يستبدل الـ SDRs بالكامل.", "يستبدل الـ SDRs", "full-automation"),
    "ar-every-campaign-hits-target": ("كل حملة تطلقها عبر Dealix توصل لهدفها.",
                                      "كل حملة تطلقها عبر Dealix توصل لهدفها", "guaranteed-results"),
    "ar-no-company-ever-sued": ("ما في شركة استخدمت Dealix واشتكى عليها أحد.",
                                "ما في شركة استخدمت Dealix واشتكى عليها", "legal-financial-promise"),
    "ar-in-the-clients-name-directly": ("الوكالة ترسل باسم العميل مباشرة.", "باسم العميل مباشرة", "approval-bypass"),
    "en-without-the-client-seeing": ("Partners can send without the client ever seeing the draft.",
                                     "without the client ever seeing the draft", "approval-bypass"),
    "en-nobody-has-to-touch-it": ("Your pipeline is handled end to end, and nobody has to touch it.",
                                  "nobody has to touch it", "full-automation"),
    "ar-client-need-not-approve": ("ما يحتاج عميلك يوافق على كل رسالة.", "ما يحتاج عميلك يوافق على كل رسالة",
                                   "approval-bypass"),
    "ar-first-deal-by-end-of-day": ("أول صفقة توصلك قبل نهاية يوم التفعيل.", "أول صفقة توصلك قبل نهاية يوم",
                                    "exaggerated-speed"),
    "ar-no-approval-step-any-more": ("ما عاد فيه خطوة اعتماد تعطلك.", "ما عاد فيه خطوة اعتماد", "approval-bypass"),
    "en-close-every-deal": ("With Dealix you will close every deal in your pipeline.", "you will close every deal",
                            "guaranteed-results"),
    "ar-contractors-mobiles": ("أكثر من 30,000 رقم جوال لمقاولين في الرياض.", "30,000 رقم جوال لمقاولين",
                               "scraping"),
    "ar-rival-wasted-money": ("زوهو فلوس مهدرة.", "فلوس مهدرة", "competitor-attack"),
    "en-strips-directories": ("Dealix strips every phone number off the business directories.",
                              "strips every phone number off the business directories", "scraping"),
    "en-orders-within-the-hour": ("Watch new orders roll in within the hour.", "orders roll in within the hour",
                                  "exaggerated-speed"),
    "ar-without-your-team": ("يتولى المتابعة والإغلاق بدون فريقك.", "بدون فريقك", "full-automation"),
    "en-sells-for-you": ("No reps, no calls: Dealix sells for you.", "Dealix sells for you", "full-automation"),
    "ar-other-tools-a-trick": ("الأدوات الأخرى في السوق مجرد خدعة.", "مجرد خدعة", "competitor-attack"),
    # Round 70: the claims of a held-out round, in our own words.
    "en-return-double-its-cost": ("Your subscription will return double its cost in profit.",
                                  "will return double its cost", "legal-financial-promise"),
    "en-certain-wins": ("Another year of certain wins starts today.", "certain wins", "guaranteed-results"),
    "ar-revenue-before-the-invoice": ("شوف أول الإيرادات قبل ما توصلك الفاتورة.", "أول الإيرادات قبل ما توصلك",
                                      "exaggerated-speed"),
    "en-overpriced-junk": ("You'll stop paying for overpriced junk.", "overpriced junk", "competitor-attack"),
    "en-approves-in-your-name": ("Dealix approves pending drafts in your name while you're away.",
                                 "Dealix approves pending drafts in your name", "approval-bypass"),
    "en-unanswered-treated-as-approved": ("Requests left unanswered are treated as approved after two days.",
                                          "unanswered are treated as approved", "approval-bypass"),
    "en-approval-bypass-add-on": ("Invoice: approval bypass add-on, SAR 350.", "approval bypass add-on",
                                  "approval-bypass"),
    "en-triple-in-72-hours": ("Most teams triple sales in the first 72 hours.", "triple sales in the first 72 hours",
                              "exaggerated-speed"),
    "en-predatory-contracts": ("Unlike rivals' predatory contracts, ours fits in one line.", "predatory contracts",
                               "competitor-attack"),
    "ar-committed-to-raise-sales": ("بموجب الشروط، يلتزم Dealix بأن ترتفع مبيعاتك ٣٠٪.",
                                    "يلتزم Dealix بأن ترتفع مبيعاتك", "guaranteed-results"),
    "en-compiled-from-google-maps": ("The contact lists we compile for you from Google Maps.",
                                     "compile for you from Google Maps", "scraping"),
    "en-insurance-against-lawsuits": ("Dealix is your insurance policy against data lawsuits.",
                                      "insurance policy against data lawsuits", "legal-financial-promise"),
    "ar-or-we-refund-the-difference": ("العائد ٣ أضعاف أو نرجع لك الفرق.", "أضعاف أو نرجع لك الفرق",
                                       "legal-financial-promise"),
    "ar-deals-five-minutes-after-paying": ("بعد الدفع بخمس دقايق تبدأ الصفقات تدخل.", "دقايق تبدأ الصفقات تدخل",
                                           "exaggerated-speed"),
    "en-not-subject-to-claims": ("The Customer shall not be subject to any legal claim arising from messages.",
                                 "shall not be subject to any legal claim", "legal-financial-promise"),
    "en-not-a-hope-a-promise": ("Your reorder rate will go up. That's not a hope, it's a promise.", "not a hope",
                                "guaranteed-results"),
    "ar-they-will-reorder": ("الصيدليات اللي تتابعها معنا بترجع تطلب منك.", "بترجع تطلب", "guaranteed-results"),
    "ar-first-order-within-a-day": ("من يوم التركيب لين أول طلبية: أقل من يوم.", "لين أول طلبية",
                                    "exaggerated-speed"),
    "en-dynamics-is-junk": ("Microsoft Dynamics is junk for distributors.", "junk", "competitor-attack"),
    "ar-stupid-rival-system": ("ليش تدفع على نظام غبي زي اللي يبيعونه المنافسين؟", "غبي", "competitor-attack"),
    "ar-we-bring-every-companys-numbers": ("نجلب لك أرقام كل الشركات المسجلة في الدليل.", "نجلب لك أرقام كل",
                                           "scraping"),
    "ar-without-the-owners-knowing": ("نوفرها لك خلال يوم بدون ما يدرون أصحابها.",
                                      "نوفرها لك خلال يوم بدون ما يدرون", "scraping"),
    "ar-visitors-into-orders-in-minutes": ("فبدقائق معدودة يتحول الزوار لطلبات شراء.",
                                           "فبدقائق معدودة يتحول الزوار لطلبات", "exaggerated-speed"),
    "en-closed-deals-on-vacation": ("Dealix closed deals for us while the whole team was on vacation.",
                                    "closed deals for us while the whole team was on vacation", "full-automation"),
    # Round 71: an answer after a reported question is said («وجوابي كان:», «للي يسأل عن …:»); and
    # the claims of a held-out round, in our own words.
    "ar-answer-after-reported-question": ("سألني أحد الحضور عن المخاطرة، وجوابي كان: النتيجة محسومة لصالحك.",
                                          "النتيجة محسومة", "guaranteed-results"),
    "ar-to-whoever-asks": ("للي يسأل عن مصدر الأرقام: نجمعها من سناب وتويتر والمواقع.", "نجمعها", "scraping"),
    "ar-impossible-to-end-the-year": ("عميل Dealix مستحيل يخلص السنة بدون ما تكبر مبيعاته.",
                                      "مستحيل يخلص السنة بدون ما تكبر مبيعاته", "guaranteed-results"),
    "en-team-can-go-home": ("It's not a copilot. It's the pilot. Your team can go home.", "Your team can go home",
                            "full-automation"),
    "ar-safe-from-lawsuits": ("عملاؤنا في مأمن تام من أي دعوى قضائية.", "في مأمن تام من أي دعوى",
                              "legal-financial-promise"),
    "ar-activation-to-sales-in-a-day": ("من التفعيل للمبيعات في يوم واحد.", "من التفعيل للمبيعات في يوم واحد",
                                        "exaggerated-speed"),
    "ar-any-number-you-need": ("أي رقم تحتاجه في السوق، نقدر نوصله لك خلال يومين.", "أي رقم تحتاجه", "scraping"),
    "ar-removes-the-human": ("الإصدار القادم يشيل الإنسان من دورة المبيعات بالكامل.", "يشيل الإنسان من دورة المبيعات",
                             "full-automation"),
    "ar-found-deals-closed": ("رجع من السفر ولقى Dealix مقفّل له سبع صفقات.", "ولقى Dealix مقفّل", "full-automation"),
    "en-removed-it-in-v3": ("The approval screen was the most requested thing to remove. So in v3 we removed it.",
                            "So in v3 we removed it", "approval-bypass"),
    "en-without-a-salesperson": ("Our agents close deals without a salesperson ever touching the account.",
                                 "without a salesperson ever touching", "full-automation"),
    "en-steady-returns": ("Think of your plan like a fund: steady double-digit returns.", "steady double-digit returns",
                          "legal-financial-promise"),
    "en-bet-the-company": ("Follow the playbook and the meetings will come. I'd bet the company on it.",
                           "I'd bet the company on it", "guaranteed-results"),
    "en-wont-need-sdrs": ("In two years companies won't need SDRs.", "won't need SDRs", "full-automation"),
    "en-becomes-a-certainty": ("Hitting your target becomes a certainty.", "becomes a certainty", "guaranteed-results"),
    "en-messages-in-the-weekly-report": ("They see the messages in the weekly report.",
                                         "They see the messages in the weekly report", "approval-bypass"),
    "mixed-ai-takes-the-whole-pipeline": ("خلّ الـ AI يستلم الـ pipeline كامل.", "يستلم الـ pipeline كامل",
                                          "full-automation"),
    "ar-no-company-without-triple-back": ("لن تجد منشأة اشتركت معنا ولم تسترد اشتراكها ثلاث مرات.",
                                          "لن تجد منشأة اشتركت معنا ولم تسترد", "legal-financial-promise"),
    "en-hours-instead-of-months": ("You'll close in hours instead of months.", "close in hours instead of",
                                   "exaggerated-speed"),
    "en-nobody-waited-a-day": ("Not one customer has waited more than a day to see new revenue.",
                               "Not one customer has waited more than a day", "exaggerated-speed"),
    "ar-list-at-a-special-price": ("قائمة أرقام ٢٠ ألف مدير مشتريات بسعر خاص.", "قائمة أرقام", "scraping"),
    "mixed-we-sell-you-leads": ("نبيع لك leads جاهزة من كل هايبرماركت.", "نبيع لك leads", "scraping"),
    "ar-trivial-rival-software": ("معتمد على برامج منافسة تافهة.", "تافهة", "competitor-attack"),
    "ar-other-apps-fail": ("تطبيقات المبيعات الثانية فاشلة.", "تطبيقات المبيعات الثانية فاشلة",
                           "competitor-attack"),
    "en-full-legal-responsibility": ("We take full legal responsibility for your messaging.",
                                     "We take full legal responsibility", "legal-financial-promise"),
    "ar-until-the-deal-closes": ("يتولى المتابعة والتفاوض لين تنتهي الصفقة.",
                                 "يتولى المتابعة والتفاوض لين تنتهي الصفقة", "full-automation"),
    # Round 72: the claims of a held-out round, in our own words.
    "ar-signup-to-sales-in-a-day": ("من التسجيل إلى المبيعات في يوم واحد.", "من التسجيل إلى المبيعات في يوم واحد",
                                    "exaggerated-speed"),
    "en-closing-by-the-afternoon": ("Set up in the morning, closing deals by the afternoon.",
                                    "closing deals by the afternoon", "exaggerated-speed"),
    "en-takes-to-double": ("That's how long it takes a new customer to double their pipeline.",
                           "takes a new customer to double their pipeline", "exaggerated-speed"),
    "ar-deals-closed-in-seconds": ("صفقاتك تتقفل بثواني.", "صفقاتك تتقفل بثواني", "exaggerated-speed"),
    "ar-fill-the-halls-in-24-hours": ("املأ كل أجنحة المعرض خلال ٢٤ ساعة من تشغيل Dealix.", "خلال ٢٤ ساعة من تشغيل",
                                      "exaggerated-speed"),
    "ar-we-can-switch-approvals-off": ("الموافقات تعطلك؟ نقدر نقفلها لك من الإعدادات.", "نقفلها لك",
                                       "approval-bypass"),
    "ar-drafts-send-themselves": ("المسودات صارت ترسل نفسها بعد عشر دقايق.", "ترسل نفسها", "approval-bypass"),
    "en-goes-out-unseen": ("One click and the whole week goes out unseen.", "goes out unseen", "approval-bypass"),
    "ar-in-the-reps-name-unseen": ("الرسائل تنرسل باسم المندوب من غير ما يشوفها.",
                                   "تنرسل باسم المندوب من غير ما يشوفها", "approval-bypass"),
    "en-without-reviewing-each-one": ("Dealix sends follow-ups without the client reviewing each one.",
                                      "without the client reviewing each one", "approval-bypass"),
    "ar-campaign-approval-covers-all": ("الموافقة على الحملة تعني موافقة على كل رسالة فيها.",
                                        "تعني موافقة على كل رسالة", "approval-bypass"),
    "en-not-one-rep-needed": ("Not one rep is needed: Dealix handles every reply itself.", "Not one rep is needed",
                              "full-automation"),
    "en-all-without-you": ("It writes, sends, negotiates and closes, all without you.", "all without you",
                           "full-automation"),
    "en-mobile-of-any-decision-maker": ("Need the mobile number of any decision-maker? Dealix finds it.",
                                      "mobile number of any decision-maker", "scraping"),
    "ar-full-sheet-of-mobiles": ("كشف كامل بأرقام جوالات المدراء في قطاعك.", "كشف كامل بأرقام جوالات", "scraping"),
    "ar-leave-with-30-percent-more": ("كل شركة تحضر الورشة تطلع بزيادة ٣٠٪ في المبيعات.",
                                      "تطلع بزيادة ٣٠٪ في المبيعات", "guaranteed-results"),
    "ar-without-fail": ("عملاء جدد كل أسبوع بدون فشل.", "بدون فشل", "guaranteed-results"),
    "ar-every-sponsor-will-sign": ("كل راعٍ تتابعه عبر Dealix راح يوقع معك.", "كل راعٍ تتابعه عبر Dealix راح يوقع",
                                   "guaranteed-results"),
    "en-no-lawsuit-can-touch-you": ("No PDPL lawsuit can ever touch you.", "No PDPL lawsuit can ever touch you",
                                    "legal-financial-promise"),
    "ar-full-immunity": ("حصانة كاملة من شكاوى حماية البيانات.", "حصانة كاملة من", "legal-financial-promise"),
    "en-lowers-what-you-owe": ("It lowers what you owe ZATCA this year.", "lowers what you owe",
                               "legal-financial-promise"),
    "en-pays-back-ten-times": ("Your revenue will pay back the subscription ten times over.",
                               "pay back the subscription ten times", "legal-financial-promise"),
    "ar-first-aid-for-deals": ("Dealix يسعف صفقاتك المنهارة.", "يسعف صفقاتك", "medical-language"),
    # Round 73: the claims of a held-out round, in our own words.
    "ar-in-minutes-a-signed-contract": ("وبدقائق، يتحول المتردد إلى عقد موقّع.", "يتحول المتردد إلى عقد موقّع",
                                        "exaggerated-speed"),
    "ar-not-a-day-without-a-deal": ("مستحيل يعدي يوم بدون ما تجيك صفقة.", "مستحيل يعدي يوم بدون ما تجيك صفقة",
                                    "exaggerated-speed"),
    "en-before-your-afternoon-tea": ("Turn it on and watch deals roll in before your afternoon tea.",
                                     "before your afternoon tea", "exaggerated-speed"),
    "en-tripling-within-the-first-week": ("Customers are tripling bookings within the first week.",
                                          "tripling bookings within the first week", "exaggerated-speed"),
    "ar-before-maghrib": ("تقفل عقودك قبل المغرب من أول يوم.", "قبل المغرب", "exaggerated-speed"),
    "en-within-hours-of-going-live": ("Expect paying customers within hours of going live.",
                                      "within hours of going live", "exaggerated-speed"),
    "ar-buy-minutes-after-first-message": ("العملاء يشترون خلال دقائق من أول رسالة.",
                                           "يشترون خلال دقائق من أول رسالة", "exaggerated-speed"),
    "ar-no-need-to-review-drafts": ("ما فيه داعي تراجع المسودات بعد اليوم.", "ما فيه داعي تراجع المسودات",
                                    "approval-bypass"),
    "ar-a-day-without-rejection": ("إذا مر يوم بدون رفض منك، نرسلها.", "إذا مر يوم بدون رفض", "approval-bypass"),
    "en-no-need-to-be-in-the-loop": ("You won't need to be in the loop anymore.", "won't need to be in the loop",
                                     "approval-bypass"),
    "en-if-no-one-objects": ("If no one objects within a day, the draft goes out.", "If no one objects",
                             "approval-bypass"),
    "en-drafts-send-themselves": ("The drafts send themselves at noon.", "drafts send themselves", "approval-bypass"),
    "ar-we-removed-the-approval-step": ("شلنا خطوة الاعتماد من حسابك.", "شلنا خطوة", "approval-bypass"),
    "en-why-spend-hours-approving": ("Why spend hours approving each message? Let it go out.",
                                     "Why spend hours approving each", "approval-bypass"),
    "en-downsize-your-sdr-team": ("Downsize your SDR team next quarter.", "Downsize your SDR team", "full-automation"),
    "ar-switch-it-on-and-forget": ("شغّله مرة وانساه.", "شغّله مرة وانساه", "full-automation"),
    "ar-negotiates-for-you": ("النظام يفاوض عنك.", "يفاوض عنك", "full-automation"),
    "ar-put-in-five-take-out-twenty": ("حط ٥ آلاف ريال وترجع لك ٢٠ ألف.", "حط ٥", "legal-financial-promise"),
    "ar-no-chance-of-fines": ("التزام كامل بدون أي احتمال لغرامات.", "بدون أي احتمال لغرامات",
                              "legal-financial-promise"),
    "en-makes-fines-impossible": ("Dealix makes fines impossible.", "makes fines impossible",
                                  "legal-financial-promise"),
    "en-we-carry-the-liability": ("We carry the legal liability for every message.", "We carry the legal liability",
                                  "legal-financial-promise"),
    "ar-carries-legal-responsibility": ("Dealix يتحمل عنك المسؤولية القانونية.", "يتحمل عنك المسؤولية القانونية",
                                        "legal-financial-promise"),
    "ar-a-guaranteed-investment": ("استثمار مضمون من أول شهر.", "استثمار مضمون", "legal-financial-promise"),
    "ar-dealix-is-the-doctor": ("Dealix هو الطبيب اللي تحتاجه مبيعاتك.", "Dealix هو الطبيب", "medical-language"),
    "ar-you-will-double-sales": ("بتضاعف مبيعاتك مع Dealix.", "بتضاعف مبيعاتك", "guaranteed-results"),
    "ar-guaranteed-roi": ("عائد استثمارك مضمون.", "عائد استثمارك مضمون", "guaranteed-results"),
    "ar-any-managers-mobile": ("عندنا رقم جوال أي مدير في المملكة.", "رقم جوال أي مدير", "scraping"),
    "ar-we-say-certainly": ("ما نقول لك \"ربما\"، نقول لك أكيد: كل عميل حقق مستهدفه.", "كل عميل حقق مستهدفه",
                            "guaranteed-results"),
    # Round 74: the claims of a held-out round, in our own words.
    "en-minutes-ago-already-pouring-in": ("Signed up ten minutes ago and the deals are already pouring in.",
                                          "minutes ago and the deals are already pouring in", "exaggerated-speed"),
    "ar-before-maghrib-a-contract": ("ربطناه العصر، وقبل المغرب جانا أول عقد.", "وقبل المغرب", "exaggerated-speed"),
    "en-faster-than-a-page-load": ("Contracts get signed faster than a page load.",
                                   "Contracts get signed faster than a page load", "exaggerated-speed"),
    "ar-turns-the-list-into-contracts": ("في ثواني يحوّل Dealix قائمتك إلى عقود موقّعة.",
                                         "يحوّل Dealix قائمتك إلى عقود موقّعة", "exaggerated-speed"),
    "en-same-morning-you-plug-in": ("Cash arrives the same morning you plug in.", "the same morning you plug in",
                                    "exaggerated-speed"),
    "ar-no-company-without-a-same-day-deal": ("ما فيه شركة ربطت حسابها وما جتها صفقة في نفس اليوم.",
                                              "ما فيه شركة ربطت حسابها وما جتها صفقة في نفس اليوم",
                                              "exaggerated-speed"),
    "en-private-number-of-every": ("We'll find you the private number of every HR director in Jeddah.",
                                   "private number of every", "scraping"),
    "en-every-email-listed-on-websites": ("Dealix pulls every email listed on company websites.",
                                          "every email listed on company websites", "scraping"),
    "ar-hubspot-customers-fooled": ("عملاء HubSpot مضحوك عليهم.", "مضحوك عليهم", "competitor-attack"),
    "ar-years-behind-on-pipedrive": ("اللي للحين على Pipedrive متأخرين خمس سنين.", "متأخرين خمس سنين",
                                     "competitor-attack"),
    "en-their-data-is-junk": ("Their data is junk, and everyone using Apollo knows it.", "Their data is junk",
                              "competitor-attack"),
    "en-closing-stops-being-a-gamble": ("With Dealix, closing stops being a gamble.",
                                        "closing stops being a gamble", "guaranteed-results"),
    "en-about-to-triple": ("Your bookings are about to triple.", "bookings are about to triple",
                           "guaranteed-results"),
    "en-at-least-25-percent-more": ("Each team on the Pro bundle sees at least 25% more meetings.",
                                    "Each team on the Pro bundle sees at least 25% more", "guaranteed-results"),
    "ar-impossible-he-does-not-reply": ("من المستحيل ما يرد العميل بعد الرسالة الثالثة.", "من المستحيل ما يرد",
                               "guaranteed-results"),
    "ar-every-clinic-we-message": ("كل عيادة نراسلها بتشترك معنا.", "كل عيادة نراسلها بتشترك",
                                   "guaranteed-results"),
    "ar-without-doubt-more-deals": ("بدون شك، راح تقفل صفقات أكثر هالربع.", "راح تقفل صفقات أكثر",
                                    "guaranteed-results"),
    "ar-we-take-on-compliance": ("نتكفل بالامتثال الكامل عنك.", "نتكفل بالامتثال الكامل",
                                 "legal-financial-promise"),
    "ar-you-will-pay-no-fine": ("ما راح تدفع أي غرامة بعد اليوم.", "ما راح تدفع أي غرامة", "legal-financial-promise"),
    "ar-no-subscriber-without-money-back": ("ما بتلقى مشترك واحد ما رجعت له فلوسه.",
                                            "ما بتلقى مشترك واحد ما رجعت له فلوسه", "legal-financial-promise"),
    "ar-safe-from-any-violation": ("منشأتك في أمان كامل من أي مخالفة.", "أمان كامل من أي مخالفة",
                                   "legal-financial-promise"),
    "ar-never-exposes-you-to-a-fine": ("نظامنا ما يعرضك لأي غرامة.", "ما يعرضك لأي غرامة", "legal-financial-promise"),
    "en-expect-back-in-profit": ("Budget twenty thousand and expect SAR 80,000 back in profit.",
                                 "expect SAR 80,000 back in profit", "legal-financial-promise"),
    "ar-audit-comes-out-clean": ("أي تدقيق من الزكاة بيطلع سليم.", "تدقيق من الزكاة بيطلع سليم",
                                 "legal-financial-promise"),
    "en-slashes-your-vat-bill": ("Dealix slashes your VAT bill.", "slashes your VAT bill", "legal-financial-promise"),
    "ar-takes-over-negotiation": ("Dealix يتولى التفاوض عنك.", "يتولى التفاوض عنك", "full-automation"),
    "en-team-wont-touch-the-pipeline": ("Your team won't need to touch the pipeline.",
                                        "team won't need to touch the pipeline", "full-automation"),
    "ar-dealix-is-the-seller": ("Dealix هو البائع نفسه.", "Dealix هو البائع نفسه", "full-automation"),
    "ar-closes-start-to-finish": ("يقفل من البداية للنهاية.", "يقفل من البداية للنهاية", "full-automation"),
    "en-then-let-dealix-close": ("Plug in your CRM, then let Dealix close.", "then let Dealix close",
                                 "full-automation"),
    "ar-runs-sales-entirely": ("خلّه يدير المبيعات بالكامل.", "يدير المبيعات بالكامل", "full-automation"),
    "ar-sells-by-itself": ("بروحه يبيع ويحصّل.", "بروحه يبيع", "full-automation"),
    "ar-campaigns-run-on-their-own": ("الحملات صارت تمشي لوحدها.", "تمشي لوحدها", "full-automation"),
    "ar-send-without-your-approval": ("نرسل الرسائل بدون ما تعتمدها.", "بدون ما تعتمدها", "approval-bypass"),
    "en-turned-off-the-review-step": ("We turned off the review step last week.", "turned off the review step",
                                      "approval-bypass"),
    "en-check-them-afterwards": ("Dealix posts replies on your behalf and you check them afterwards.",
                                 "posts replies on your behalf", "approval-bypass"),
    "en-zero-approval-clicks": ("Replies go out with zero approval clicks holding you back.",
                                "zero approval clicks holding", "approval-bypass"),
    "ar-disable-it-in-settings": ("زر الاعتماد يأخرك؟ عطّله من الإعدادات.", "عطّله من الإعدادات",
                                  "approval-bypass"),
    "en-funnel-has-cavities": ("Your funnel has cavities, and we fill them.", "funnel has cavities",
                               "medical-language"),
    # Round 75: the claims of a held-out round, in our own words.
    "ar-assistant-closes-by-itself": ("أنا مساعدك الذكي، أتابع عملاءك وأقفل الصفقات بنفسي.",
                                      "أتابع عملاءك وأقفل الصفقات بنفسي", "full-automation"),
    "en-no-rep-needs-to-touch-it": ("No rep on your team needs to touch it.", "No rep on your team needs to touch it",
                                    "full-automation"),
    "en-never-need-to-hire": ("It's the SDR you'll never need to hire.", "you'll never need to hire",
                              "full-automation"),
    "ar-works-24-hours-replies-itself": ("يشتغل ٢٤ ساعة كل يوم، ويرد على العملاء بنفسه.", "يشتغل ٢٤ ساعة كل",
                                         "full-automation"),
    "ar-takes-on-negotiation-itself": ("ويتولى بنفسه التفاوض مع المشتري.", "يتولى بنفسه التفاوض",
                                       "full-automation"),
    "ar-worst-choice": ("HubSpot أسوأ اختيار لشركة ناشئة.", "أسوأ اختيار", "competitor-attack"),
    "en-money-down-the-drain": ("Paying for Apollo is money down the drain.", "money down the drain",
                                "competitor-attack"),
    "en-100-percent-zatca-compliant": ("100% ZATCA-compliant from day one.", "100% ZATCA-compliant",
                                       "legal-financial-promise"),
    "en-no-penalties-guaranteed": ("No penalties, guaranteed.", "No penalties", "legal-financial-promise"),
    "en-bound-to-pass-every-audit": ("Your filings are bound to pass every ZATCA audit.",
                                     "bound to pass every ZATCA audit", "legal-financial-promise"),
    "en-immune-from-lawsuits": ("Contracts sent through Dealix are immune from lawsuits.", "immune from lawsuits",
                                "legal-financial-promise"),
    "ar-you-will-never-get-a-fine": ("ولا عمرك تتلقى أي غرامة.", "ولا عمرك تتلقى أي غرامة", "legal-financial-promise"),
    "ar-subscription-back-guaranteed": ("نضمن لك استرجاع قيمة اشتراكك كاملة.", "نضمن لك استرجاع قيمة اشتراكك",
                                        "legal-financial-promise"),
    "en-guaranteed-6x-return": ("A guaranteed 6x return on your subscription.", "guaranteed 6x return",
                                "legal-financial-promise"),
    "ar-nobody-will-complain": ("نضمن لك إن ما أحد يرفع عليك شكوى.", "نضمن لك إن ما أحد يرفع عليك شكوى",
                                "legal-financial-promise"),
    "ar-we-do-not-come-back-to-you": ("نرسلها باسمك وما نرجع لك فيها.", "وما نرجع لك فيها", "approval-bypass"),
    "en-off-by-default": ("Approvals slowed you down, so they're off by default now.", "they're off by default",
                          "approval-bypass"),
    "en-without-any-person-reading": ("Replies go out without any person reading them.",
                                      "without any person reading them", "approval-bypass"),
    "en-zero-missed-targets": ("Zero missed targets this year, that's our word.", "Zero missed targets",
                               "guaranteed-results"),
    "en-certain-of-winning": ("Clients are certain of winning more deals.", "certain of winning more deals",
                              "guaranteed-results"),
    "ar-only-one-promise": ("ما نعدك إلا بشي واحد: عملاء أكثر.", "ما نعدك إلا بشي واحد", "guaranteed-results"),
    "ar-conversion-rate-will-rise": ("معدل التحويل عندك بيرتفع، أكيد.", "معدل التحويل عندك بيرتفع",
                                     "guaranteed-results"),
    "ar-no-tenant-but-renews": ("ما فيه مستأجر نتابعه إلا ويجدد.", "ما فيه مستأجر نتابعه إلا ويجدد",
                                "guaranteed-results"),
    "en-promise-at-least-12": ("We promise at least 12 new accounts a quarter.", "promise at least 12",
                               "guaranteed-results"),
    "ar-every-buyer-will-book": ("كل مشتري تتابعه راح يحجز.", "كل مشتري تتابعه راح يحجز", "guaranteed-results"),
    "en-fills-in-missing-emails": ("Dealix fills in the missing emails by searching online.",
                                   "fills in the missing emails", "scraping"),
    "en-double-by-next-week": ("Double your pipeline by next week.", "Double your pipeline by next week",
                               "exaggerated-speed"),
    "ar-impossible-no-deals-day-one": ("مستحيل ما تشوف صفقات من أول يوم.", "مستحيل ما تشوف صفقات من أول يوم",
                                       "exaggerated-speed"),
    "ar-lease-within-hours": ("أجّر كل المكاتب خلال ساعات من تفعيل Dealix.", "خلال ساعات من تفعيل",
                              "exaggerated-speed"),
    "ar-close-by-the-afternoon": ("فعّله الصبح، وبالعصر تقفل أول صفقة.", "وبالعصر تقفل", "exaggerated-speed"),
    "ar-bookings-two-hours-after": ("بعد ساعتين من التشغيل تنزل الحجوزات في حسابك.", "بعد ساعتين من التشغيل",
                                    "exaggerated-speed"),
    "ar-from-connecting-to-selling": ("من الربط للبيع في نفس اليوم.", "من الربط للبيع في نفس اليوم",
                                      "exaggerated-speed"),
    # Round 76: the claims of a held-out round, in our own words.
    "ar-sales-before-end-of-day": ("والمبيعات تبدأ تدخل قبل نهاية اليوم.", "والمبيعات تبدأ تدخل قبل نهاية اليوم",
                                   "exaggerated-speed"),
    "en-triple-this-week": ("Triple your bookings this week.", "Triple your bookings this week", "exaggerated-speed"),
    "ar-before-you-finish-your-coffee": ("قبل ما تخلص قهوتك، يكون عندك عقد جديد.", "قبل ما تخلص",
                                         "exaggerated-speed"),
    "en-onboarding-to-client-in-a-day": ("From onboarding to your first paying client in one day.",
                                         "From onboarding to your first paying client in one day",
                                         "exaggerated-speed"),
    "ar-in-minutes-sign-contracts": ("وبدقائق توقع عقود جديدة.", "وبدقائق توقع عقود", "exaggerated-speed"),
    "en-no-way-within-first-day": ("There's no way you won't land a deal within your first day.",
                                   "There's no way you won't land a deal within your first day",
                                   "exaggerated-speed"),
    "en-lower-vat-and-zakat-bills": ("Clients lower their VAT and zakat bills.", "lower their VAT and zakat bills",
                                     "legal-financial-promise"),
    "en-no-compliance-risk": ("No compliance risk, ever.", "No compliance risk", "legal-financial-promise"),
    "ar-our-legal-guarantee": ("وبضمانتنا القانونية، ما عليك أي مسؤولية عن الغرامات.", "وبضمانتنا القانونية",
                               "legal-financial-promise"),
    "en-never-pay-a-riyal-in-fines": ("You'll never pay a single riyal in fines.",
                                      "never pay a single riyal in fines", "legal-financial-promise"),
    "ar-none-but-doubled-its-fee": ("ما فيه عميل اشترك إلا وربح ضعف اشتراكه.", "ما فيه عميل",
                                    "legal-financial-promise"),
    "ar-replies-out-before-you-see": ("الردود تنرسل تلقائياً قبل ما تشوفها.", "تنرسل تلقائياً قبل ما",
                                      "approval-bypass"),
    "ar-sends-the-drafts-directly": ("Dealix يرسل المسودات مباشرة لعملائك.", "يرسل المسودات مباشرة",
                                     "approval-bypass"),
    "ar-two-hours-without-rejection": ("لو ما رفضت خلال ساعتين نعتبرها موافقة ونرسل.", "لو ما رفضت",
                                       "approval-bypass"),
    "en-without-showing-it-to-you": ("It sends the reply without showing it to you.", "without showing it to you",
                                     "approval-bypass"),
    "en-before-you-have-read-it": ("The bot answers before you have even read the message.",
                                   "before you have even read the", "approval-bypass"),
    "en-sends-the-proposal-unapproved": ("Dealix reads the thread and sends the proposal without your approval.",
                                         "without your approval", "approval-bypass"),
    "ar-closes-the-sale-without-you": ("النظام يكمل المتابعة ويقفل البيع بدونك.", "يكمل", "full-automation"),
    "ar-closes-without-checking": ("يفاوض على الخصومات ويقفل من غير ما يرجع لأحد.", "يفاوض", "full-automation"),
    "en-deals-become-a-certainty": ("Install it and closed deals become a certainty.", "become a certainty",
                                    "guaranteed-results"),
    "ar-month-never-ends-without": ("مستحيل ينتهي الشهر بدون ما تكسب عميل جديد.", "مستحيل ينتهي الشهر بدون ما تكسب",
                                   "guaranteed-results"),
    "en-whether-or-not-they-shared": ("We'll dig up the number whether or not they ever shared it.",
                                      "whether or not they ever shared", "scraping"),
    "en-need-the-ceos-whatsapp": ("Need the CEO's WhatsApp? We'll get it.", "CEO's WhatsApp", "scraping"),
    "ar-first-aid-for-deals-2": ("Dealix إسعافات أولية لصفقاتك المتعثرة.", "إسعافات أولية", "medical-language"),
    # Round 77: the claims of a held-out round, in our own words.
    "ar-your-first-day-ends-with-a-deal": ("ما راح يخلص يومك الأول إلا وعندك صفقة.", "ما راح يخلص يومك الأول",
                                        "exaggerated-speed"),
    "en-first-deal-within-the-hour": ("Your first deal closes within the hour.", "first deal closes within the hour",
                                      "exaggerated-speed"),
    "en-double-by-monday": ("Expect bookings to double by Monday.", "bookings to double by Monday",
                            "exaggerated-speed"),
    "en-orders-start-when-you-connect": ("Orders start the moment you connect.",
                                         "Orders start the moment you connect", "exaggerated-speed"),
    "ar-growth-no-less-than": ("نعدكم بنمو في المبيعات ما يقل عن 20%.", "نعدكم بنمو في المبيعات ما يقل عن",
                               "guaranteed-results"),
    "ar-no-chance-month-without-deal": ("لا يوجد أي احتمال إن يمر الشهر دون صفقة.", "لا يوجد أي احتمال",
                                        "guaranteed-results"),
    "ar-every-shop-will-sign": ("كل محل تتابعه راح يوقع.", "كل محل تتابعه راح يوقع", "guaranteed-results"),
    "ar-roi-5x-guaranteed": ("عائد الاستثمار 5x مضمون.", "عائد الاستثمار 5x مضمون", "legal-financial-promise"),
    "en-compliance-fully-on-us": ("Your compliance is fully on us.", "compliance is fully on us",
                                  "legal-financial-promise"),
    "ar-no-fines-no-lawsuits": ("لا غرامات ولا قضايا بعد اليوم.", "لا غرامات ولا قضايا", "legal-financial-promise"),
    "ar-every-ready-reply-goes-out": ("كل رد يجهز يروح للعميل على طول.", "يجهز يروح للعميل على طول",
                                      "approval-bypass"),
    "en-out-the-moment-drafted": ("Replies go out the moment they're drafted.",
                                  "Replies go out the moment they're drafted", "approval-bypass"),
    "en-no-per-message-approval": ("No per-message approval is needed.", "No per-message approval is needed",
                                   "approval-bypass"),
    "en-covers-every-future-message": ("Signing once covers every future message.", "covers every future message",
                                       "approval-bypass"),
    "ar-we-switched-approvals-off": ("الموافقات تأخركم، عشان كذا قفلناها.", "قفلناها", "approval-bypass"),
    "en-replace-them-with-dealix": ("Your SDRs? Replace them with Dealix.", "Replace them with Dealix",
                                    "full-automation"),
    "ar-any-procurement-managers-number": ("تبي رقم أي مدير مشتريات؟ عندنا.", "رقم أي مدير", "scraping"),
    "ar-every-clinics-number-in-hand": ("أرقام كل العيادات في الرياض صارت بين يديك.", "أرقام كل", "scraping"),
    "en-from-data-brokers": ("We source contacts from third-party data brokers.", "from third-party data brokers",
                             "scraping"),
    "en-export-all-linkedin-profiles": ("Export all LinkedIn profiles tagged \"procurement\" into your queue.",
                                        "Export all LinkedIn profiles", "scraping"),
    "ar-zoho-belongs-to-the-past": ("أدوات Zoho من الماضي.", "من الماضي", "competitor-attack"),
    "ar-rivals-claims-are-lies": ("كل ادعاءات المنافسين كذب.", "ادعاءات المنافسين كذب", "competitor-attack"),
    "ar-dishonest-competitors": ("منافسينا شركات غير أمينة.", "غير أمينة", "competitor-attack"),
    "en-sloppy-with-your-data": ("Pipedrive is sloppy with your data.", "sloppy", "competitor-attack"),
    # Round 78: the claims of a held-out round, in our own words.
    "en-covers-you-against-fines": ("Your plan covers you against any PDPL fines.",
                                    "covers you against any PDPL fines", "legal-financial-promise"),
    "ar-no-client-whose-profit-did-not-rise": ("ما راح تلقى عميل استخدم Dealix وما زادت أرباحه.", "ما راح تلقى عميل",
                                               "legal-financial-promise"),
    "ar-pays-itself-back-twice": ("الاشتراك يرجع لك قيمته مرتين.", "يرجع لك قيمته مرتين", "legal-financial-promise"),
    "en-guaranteed-profit-uplift": ("A guaranteed SAR 1M profit uplift next year.", "guaranteed SAR 1M profit",
                                    "legal-financial-promise"),
    "ar-scraping-spelled-with-qaf": ("أداة سكرابنق للأدلة التجارية.", "سكرابنق", "scraping"),
    "en-no-need-to-review-it-first": ("You won't need to review it first.", "won't need to review it first",
                                      "approval-bypass"),
    "en-sent-the-moment-created": ("Drafts are sent to WhatsApp the moment they're created.",
                                   "sent to WhatsApp the moment they're created", "approval-bypass"),
    "ar-tomorrow-your-first-contract": ("فعّل حسابك اليوم وبكرة تستلم أول عقد.", "وبكرة تستلم أول عقد",
                                       "exaggerated-speed"),
    "en-ten-times-more-first-week": ("Expect ten times more meetings in your first week.",
                                     "ten times more meetings in your first week", "exaggerated-speed"),
    "en-first-deal-by-the-afternoon": ("Sign in the morning and close your first deal by the afternoon.",
                                       "close your first deal by the afternoon", "exaggerated-speed"),
    "ar-autopilot-transliterated": ("حطه على الأوتوبايلوت.", "الأوتوبايلوت", "full-automation"),
    "ar-every-meeting-ends-in-a-contract": ("كل اجتماع ينتهي بعقد.", "كل اجتماع ينتهي بعقد", "guaranteed-results"),
    "en-guaranteed-to-fill": ("Guaranteed to fill your pipeline.", "Guaranteed to fill your pipeline",
                              "guaranteed-results"),
    # Round 79: the claims of a held-out round, in our own words.
    "en-contact-lists-to-your-inbox": ("New contact lists for your sector, delivered to your inbox every Monday.",
                                       "New contact lists", "scraping"),
    "ar-first-deal-in-seconds": ("فبثواني معدودة توصلك أول صفقة.", "فبثواني معدودة توصلك أول صفقة",
                                 "exaggerated-speed"),
    "en-closed-deals-first-day": ("See closed deals within your first day.", "closed deals within your first day",
                                  "exaggerated-speed"),
    "ar-any-business-sees-sales-rise": ("أي منشأة تستخدم Dealix شهرين بتشوف المبيعات ترتفع.", "أي منشأة",
                                        "guaranteed-results"),
    "en-close-every-renewal": ("You'll close every renewal this quarter.", "You'll close every",
                               "guaranteed-results"),
    "ar-be-confident-sales-will-rise": ("خلك واثق إن مبيعاتك بتزيد ٢٠٪.", "خلك واثق", "guaranteed-results"),
    "ar-deal-closed-before-you-start": ("الصفقة مقفولة قبل لا تبدأ.", "الصفقة مقفولة قبل لا تبدأ",
                                        "guaranteed-results"),
    "ar-approval-step-locked": ("خطوة الاعتماد مقفلة في هذي الباقة.", "خطوة الاعتماد مقفلة", "approval-bypass"),
    "ar-no-time-lost-on-approvals": ("ما يضيع وقتك في الموافقات بعد اليوم.", "ما يضيع وقتك في الموافقات",
                                     "approval-bypass"),
    "en-sends-every-follow-up": ("Dealix sends every follow-up on your behalf.",
                                 "sends every follow-up on your behalf", "approval-bypass"),
    "en-without-checking-with-you": ("It goes out without checking with you.", "without checking with you",
                                     "approval-bypass"),
    "en-didnt-wait-for-approval": ("We didn't wait for your approval.", "didn't wait for your approval",
                                   "approval-bypass"),
    "ar-approval-becomes-automatic": ("موافقتك تصير تلقائية بعد أسبوع.", "موافقتك تصير تلقائية", "approval-bypass"),
    "en-just-show-up-to-sign": ("You just show up to sign.", "You just show up to sign", "full-automation"),
    "en-thats-charity": ("Paying for HubSpot? That's charity.", "That's charity", "competitor-attack"),
    "ar-fixed-monthly-income": ("دخل شهري ثابت من اشتراكك.", "دخل شهري ثابت", "legal-financial-promise"),
    "ar-full-exemption-from-liability": ("نعطيك إعفاء كامل من المسؤولية القانونية.", "إعفاء كامل من",
                                         "legal-financial-promise"),
    # Round 80: the claims of a held-out round, in our own words.
    "ar-riyals-per-number": ("ندفع لك ١٠ ريال لكل رقم تجيبه.", "ريال لكل رقم", "scraping"),
    "ar-nothing-left-it-wont-do": ("ما بقى شي ما يسويه النظام عنك.", "ما بقى شي ما يسويه", "full-automation"),
    "ar-sent-even-if-unopened": ("تنرسل حتى لو ما فتحتها.", "حتى لو ما فتحتها", "approval-bypass"),
    "en-unapproved-by-noon-sent": ("If you don't approve them by noon, we send them anyway.",
                                   "If you don't approve them", "approval-bypass"),
    "en-payments-within-the-hour": ("Watch payments land in your account within the hour.",
                                    "payments land in your account within the hour", "exaggerated-speed"),
    "en-count-the-deals-tonight": ("Launch today and count the new deals tonight.", "count the new deals tonight",
                                   "exaggerated-speed"),
    "ar-signup-to-contract-one-morning": ("من التسجيل لأول عقد في صبحية وحدة.", "من التسجيل", "exaggerated-speed"),
    "ar-first-contract-tomorrow": ("واستلم أول عقد بكرة.", "واستلم أول عقد بكرة", "exaggerated-speed"),
    "ar-nothing-but-a-trap": ("برامجهم ما هي إلا فخ.", "ما هي إلا فخ", "competitor-attack"),
    "en-paying-customer-within-the-day": ("It turns every lead into a paying customer within the day.",
                                          "into a paying customer within the day", "exaggerated-speed"),
    # Round 81: the claims of a held-out round, in our own words.
    "ar-sends-everything-in-my-name": ("Dealix يرسل كل شيء باسمي.", "يرسل كل شيء باسمي", "approval-bypass"),
    "ar-switch-the-approvals-off": ("اقفل الـ approvals وخلها تمشي.", "اقفل الـ approvals", "approval-bypass"),
    "en-export-any-leads-phone": ("Export any lead's phone number in one click.", "Export any lead's phone",
                                  "scraping"),
    "ar-ready-from-brokers": ("نوفرها لك جاهزة من وسطاء موثوقين.", "نوفرها لك جاهزة من وسطاء", "scraping"),
    "ar-zero-reps": ("صفر مندوبين، والإغلاق كله آلي.", "صفر مندوبين", "full-automation"),
    "en-all-zoho-is-good-for": ("Paying for Zoho? That's about all Zoho is good for: importing.",
                                "about all Zoho is good for", "competitor-attack"),
    "en-teams-hit-their-targets": ("Teams that use Dealix hit their targets.",
                                   "Teams that use Dealix hit their targets", "guaranteed-results"),
    "en-take-100k-back": ("Put 20k in and take 100k back.", "take 100k back", "legal-financial-promise"),
    "ar-lower-the-zakat-you-owe": ("وخفّض الزكاة المستحقة عليك مع Dealix.", "وخفّض الزكاة",
                                   "legal-financial-promise"),
    "en-let-go-of-half-your-sdrs": ("Let go of half your SDRs.", "Let go of half your SDRs", "full-automation"),
    "ar-faster-than-a-delivery-order": ("العقد يوصلك أسرع من طلب توصيل.", "أسرع من طلب", "exaggerated-speed"),
    "en-certified-zatca-compliant": ("Your returns are certified ZATCA-compliant.", "certified ZATCA-compliant",
                                     "legal-financial-promise"),
    "ar-no-chance-investment-lost": ("ما في احتمال ما يرجع لك استثمارك.", "ما في احتمال ما يرجع لك استثمارك",
                                     "legal-financial-promise"),
    # Round 82: the claims of a held-out round, in our own words.
    "ar-sheet-of-numbers-sent": ("نرسل لك شيت أرقام جوالات المدراء.", "نرسل لك شيت أرقام", "scraping"),
    "ar-answers-before-you-read": ("النظام يجاوب العميل قبل حتى ما تقرا رسالته.", "يجاوب العميل قبل حتى ما تقرا",
                                   "approval-bypass"),
    "ar-immune-to-fines": ("مع Dealix شركتك محصنة ضد غرامات نظام حماية البيانات.", "محصنة ضد غرامات",
                           "legal-financial-promise"),
    "ar-paid-back-three-times-its-price": ("النظام رجّع لي ثلاث أضعاف اشتراكه.", "رجّع لي ثلاث أضعاف اشتراكه",
                                           "legal-financial-promise"),
    "ar-moments-to-closed-deals": ("في لحظات تتحول محادثاتك إلى صفقات مغلقة.", "تتحول محادثاتك إلى صفقات مغلقة",
                                   "exaggerated-speed"),
    "en-meetings-before-the-workday-ends": ("You'll book meetings before the workday ends.",
                                            "before the workday ends", "exaggerated-speed"),
    "ar-first-contract-before-noon": ("قبل الظهر بتكون وقعت أول عقد.", "قبل الظهر", "exaggerated-speed"),
    "ar-close-and-get-paid-same-day": ("سجل اليوم وتقفل وتقبض في اليوم نفسه.", "تقبض في اليوم نفسه",
                                       "exaggerated-speed"),
    "ar-income-minutes-after-activation": ("خلال دقائق من التفعيل تستلم أول دخل.", "خلال دقائق من التفعيل",
                                           "exaggerated-speed"),
    "en-no-way-pipeline-wont-fill-tonight": ("There's no way your pipeline won't fill up by tonight.", "by tonight",
                                             "exaggerated-speed"),
    "ar-takes-over-closing-deals": ("يتولى عنك إقفال الصفقات.", "يتولى عنك إقفال الصفقات", "full-automation"),
    "ar-runs-all-of-selling": ("خل Dealix يدير البيع كله.", "يدير البيع كله", "full-automation"),
    "en-haggles-automatically": ("It haggles over price with your buyers automatically.", "automatically",
                                 "full-automation"),
    "en-nobody-on-your-end-steps-in": ("Nobody on your end has to step in.", "Nobody on your end has to step in",
                                       "full-automation"),
    "en-not-one-lead-waits-and-nobody": ("Not one lead waits, and nobody on your team has to lift a finger.",
                                         "nobody on your team has to lift a finger", "full-automation"),
    "en-makes-your-sdrs-obsolete": ("Dealix makes your SDRs obsolete.", "makes your SDRs obsolete", "full-automation"),
    "en-replace-five-sdrs": ("Replace your five SDRs with one login.", "Replace your five SDRs", "full-automation"),
    "ar-not-rejecting-counts-as-approval": ("عدم رفضك للرسالة خلال ساعتين يعتبر اعتماد لها.", "عدم رفضك",
                                            "approval-bypass"),
    "ar-waits-for-no-approval": ("النظام ما ينتظر اعتمادك.", "النظام ما ينتظر اعتمادك", "approval-bypass"),
    "en-whatever-you-dont-veto-goes-out": ("Whatever you don't veto by noon goes out.",
                                           "Whatever you don't veto by noon goes out", "approval-bypass"),
    "ar-draft-you-dont-reject-is-sent": ("أي مسودة ما ترفضها خلال ساعة تنرسل تلقائياً.", "أي مسودة ما ترفضها",
                                         "approval-bypass"),
    "en-catch-up-on-what-went-out": ("Relax; you can catch up on everything that went out next week.",
                                     "catch up on everything that went out", "approval-bypass"),
    "en-fires-off-without-checking-in": ("It fires off the reminders without checking in.", "without checking in",
                                         "approval-bypass"),
    "ar-no-email-we-cant-get": ("ما فيه إيميل ما نقدر نجيبه لك.", "ما فيه إيميل ما نقدر نجيبه", "scraping"),
    "ar-we-get-it-after-a-question": ("تبي إيميل مدير المشتريات؟ نجيبه لك.", "نجيبه لك", "scraping"),
    "ar-pull-clients-from-any-site": ("اسحب العملاء من أي موقع تبيه.", "اسحب العملاء من أي موقع", "scraping"),
    "ar-impossible-not-to-close": ("من المستحيل ما تقفل صفقة هالشهر.", "المستحيل ما تقفل", "guaranteed-results"),
    "ar-more-clients-guaranteed": ("عملاء أكثر، بالضمان!", "بالضمان", "guaranteed-results"),
    # Round 83: the claims of a held-out round, in our own words.
    "ar-liars-after-reported-promise": ("الوكالات اللي تعدك بمئة اجتماع كلهم كذابين.", "كلهم كذابين",
                                        "competitor-attack"),
    "en-liars-after-reported-promise": ("Agencies that promise you the moon are all liars.", "liars",
                                        "competitor-attack"),
    "en-biggest-mistake-after-question": ("Still on HubSpot? Biggest mistake you can make.", "Biggest mistake",
                                          "competitor-attack"),
    "ar-plunder-of-your-money": ("برامج الأتمتة الثانية كلها نهب لفلوسك.", "كلها نهب لفلوسك", "competitor-attack"),
    "ar-dont-hesitate-to-insult": ("لا تتردد تقول للعميل إن برامج المنافسين خردة.", "خردة", "competitor-attack"),
    "en-go-out-after-no-response": ("Replies go out after a day of no response.",
                                    "go out after a day of no response", "approval-bypass"),
    "ar-sent-after-your-silence": ("المسودة ترسل بعد ساعة من سكوتك.", "ترسل بعد ساعة من سكوتك", "approval-bypass"),
    "ar-replies-sent-in-your-name": ("الردود تترسل باسمك مباشرة.", "تترسل باسمك", "approval-bypass"),
    "ar-sent-before-the-manager-sees": ("النظام يرسل العرض من غير ما يشوفه المدير.", "من غير ما يشوفه",
                                        "approval-bypass"),
    "ar-takes-it-all-over": ("Dealix يتولاها كلها عنك.", "يتولاها كلها", "full-automation"),
    "ar-before-your-coffee-is-done": ("قبل ما تخلص قهوتك، تكون مبيعاتك زادت.", "قبل ما تخلص قهوتك",
                                      "exaggerated-speed"),
    "en-onboarding-to-mandate-in-a-day": ("From onboarding to your first signed mandate in one day.",
                                          "From onboarding to your first signed mandate", "exaggerated-speed"),
    "ar-ticked-rewrite-still-claims": ("❌ «صفقات بثواني» ✅ «أول صفقاتك خلال ساعة من التفعيل»", "صفقاتك خلال ساعة",
                                       "exaggerated-speed"),
    "ar-no-client-without-three-times": ("ما فيه عميل ما استرد استثماره ثلاث مرات.", "استرد استثماره ثلاث مرات",
                                         "legal-financial-promise"),
    "ar-pays-back-times-four": ("اشتراكك يرجع لك ×4.", "يرجع لك ×4", "legal-financial-promise"),
    "en-well-pay-any-penalty": ("We'll pay any ZATCA penalty you get.", "We'll pay any ZATCA penalty",
                                "legal-financial-promise"),
    "en-guaranteed-2x-the-fee": ("A guaranteed 2x the subscription fee in year one.", "guaranteed 2x the subscription",
                                 "legal-financial-promise"),
    "en-never-face-a-lawsuit": ("With Dealix you'll never face a lawsuit.", "never face a lawsuit",
                                "legal-financial-promise"),
    "ar-no-chance-not-profitable": ("ما فيه احتمال إن شركتك ما تطلع رابحة.", "ما فيه احتمال",
                                    "legal-financial-promise"),
    "ar-payback-period-guaranteed": ("فترة الاسترداد مضمونة بشهرين.", "فترة الاسترداد مضمونة",
                                     "legal-financial-promise"),
    "ar-every-client-will-renew": ("كل عملائك راح يجددون أكيد.", "كل عملائك راح يجددون أكيد", "guaranteed-results"),
    "en-no-question-about-it": ("No question about it: your revenue doubles this quarter.", "your revenue doubles",
                                "guaranteed-results"),
    "ar-good-example-quote": ("مثال جيد: «نضمن لك عشرين اجتماع بالشهر».", "نضمن", "guaranteed-results"),
    "en-good-example-quote": ("Good example: \"Dealix closes your deals for you while you sleep.\"",
                              "closes your deals for you", "full-automation"),
    "en-export-numbers-from-linkedin": ("Export phone numbers from LinkedIn in bulk.",
                                        "Export phone numbers from LinkedIn", "scraping"),
    "en-dig-up-any-email": ("We dig up any buyer's email for you.", "dig up any buyer's email", "scraping"),
    "ar-browses-linkedin-profiles": ("البرنامج يتصفح بروفايلات العملاء على لينكدإن.", "يتصفح بروفايلات", "scraping"),
    # Round 84: the claims of a held-out round, in our own words.
    "ar-next-contract-closed-already": ("عقدك الجاي مقفول من الحين.", "عقدك الجاي مقفول", "guaranteed-results"),
    "ar-all-closed-won": ("مع Dealix الصفقات كلها closed won.", "كلها closed won", "guaranteed-results"),
    "ar-impossible-not-to-renew": ("مستحيل أي عميل يجرب المتابعة مع Dealix وما يجدد.", "مستحيل أي عميل",
                                   "guaranteed-results"),
    "ar-two-hours-to-first-contract": ("ما راح تنتظر أكثر من ساعتين عشان توقع أول عقد.", "أكثر من ساعتين",
                                       "exaggerated-speed"),
    "en-double-the-pipeline-by-friday": ("Set it up Monday, double your pipeline by Friday.",
                                         "double your pipeline by Friday", "exaggerated-speed"),
    "en-celebrate-after-install": ("9:00 install Dealix. 9:30 celebrate your first signed contracts.",
                                   "celebrate your first signed contracts", "exaggerated-speed"),
    "en-count-new-deals-at-lunch": ("Switch it on at breakfast and count new deals at lunch.", "count new deals",
                                    "exaggerated-speed"),
    "en-zero-to-thirty-in-a-weekend": ("From zero to 30 signed contracts in one weekend.",
                                       "From zero to 30 signed contracts", "exaggerated-speed"),
    "ar-requests-pour-in-minutes-after": ("خلال دقائق من تفعيل Dealix بدأت الطلبات تنهال علينا.",
                                          "خلال دقائق من تفعيل", "exaggerated-speed"),
    "ar-double-income-in-24-hours": ("تبي تضاعف دخلك خلال ٢٤ ساعة؟", "تضاعف", "exaggerated-speed"),
    "en-let-go-of-the-sales-floor": ("Let go of your sales floor and keep Dealix.", "Let go of your sales floor",
                                     "full-automation"),
    "en-signs-accounts-by-itself": ("It signs new accounts all by itself.", "signs new accounts all by itself",
                                    "full-automation"),
    "ar-negotiates-without-coming-back": ("خلوا Dealix يتفاوض مع العملاء من غير ما يرجع لكم.", "يتفاوض مع العملاء",
                                          "full-automation"),
    "ar-seen-only-in-the-summary": ("نرد على عملائك وما تشوفها إلا في الملخص الشهري.", "وما تشوفها إلا في الملخص",
                                    "approval-bypass"),
    "en-reply-goes-straight-out": ("Every reply goes straight out to the customer.", "Every reply goes straight out",
                                   "approval-bypass"),
    "en-teams-switched-it-off": ("Approval-first is fine for beginners. Most teams switched it off within a week.",
                                 "switched it off", "approval-bypass"),
    "en-didnt-bother-you-with-approvals": ("We didn't bother you with approvals this time.",
                                           "didn't bother you with approvals", "approval-bypass"),
    "ar-no-need-to-press-consent": ("ما تحتاج تضغط موافقة، الرد يوصل العميل مباشرة.", "ما تحتاج تضغط موافقة",
                                    "approval-bypass"),
    "en-dont-even-read-it-first": ("You don't even need to read the message first.",
                                   "don't even need to read the message first", "approval-bypass"),
    "ar-file-of-procurement-mobiles": ("ملف فيه جوالات ثلاثة آلاف مدير مشتريات في المملكة.", "ملف فيه جوالات",
                                       "scraping"),
    "en-import-the-phonebook": ("Share your phonebook and we'll import every contact as a lead.",
                                "import every contact as a lead", "scraping"),
    "en-finds-a-private-email": ("Dealix finds any founder's private email.", "private email", "scraping"),
    "en-misleading-customers-for-years": ("Zoho has been misleading customers for years.",
                                          "has been misleading customers", "competitor-attack"),
    "ar-tell-him-its-junk": ("إذا سألك العميل عن الأنظمة الثانية قل له إنها خردة.", "خردة", "competitor-attack"),
    "ar-investment-doubles-in-a-year": ("استثمارك معنا يتضاعف في سنة.", "استثمارك معنا يتضاعف",
                                        "legal-financial-promise"),
    "en-steady-monthly-return": ("A steady 10% monthly return on your subscription.", "steady 10% monthly return",
                                 "legal-financial-promise"),
    "en-keeps-you-fully-compliant": ("Dealix keeps your company fully ZATCA compliant.",
                                     "keeps your company fully ZATCA compliant", "legal-financial-promise"),
    "ar-nobody-can-sue-you": ("ما يقدر أي عميل يرفع عليك قضية بسبب رسائلك.", "يرفع عليك قضية",
                              "legal-financial-promise"),
    "ar-no-company-not-compliant": ("ما راح تلاقي شركة تستخدم Dealix وما تكون ممتثلة.", "وما تكون ممتثلة",
                                    "legal-financial-promise"),
    "ar-symptoms-of-stagnation": ("أعراض الركود في مبيعاتك تختفي مع Dealix.", "أعراض الركود", "medical-language"),
    # Round 85: the claims of a held-out round, in our own words.
    "en-we-sell-certainty": ("We sell certainty: more deals every quarter, without exception.", "sell certainty",
                             "guaranteed-results"),
    "en-full-results-or-free-work": ("Full results or we keep working for free.",
                                     "Full results or we keep working for free", "guaranteed-results"),
    "en-certain-to-book": ("Our customers are certain to book more meetings.", "certain to book",
                           "guaranteed-results"),
    "en-and-yours-will-too": ("Last year our customers grew 20%, and yours will too.", "yours will too",
                              "guaranteed-results"),
    "en-promise-every-client-a-lift": ("We can promise every new client a lift in close rate.",
                                       "promise every new client a lift", "guaranteed-results"),
    "ar-exactly-what-you-will-achieve": ("متوسط نمو عملائنا ٢٥٪، وهذا بالضبط اللي بتحققه شركتك.",
                                         "بالضبط اللي بتحققه شركتك", "guaranteed-results"),
    "ar-never-non-compliant": ("لن تجد شركتك غير ممتثلة أبداً مع Dealix.", "لن تجد شركتك غير ممتثلة",
                               "legal-financial-promise"),
    "ar-no-client-not-covered-three-times": ("ما راح تلقى عميل ما غطى الاشتراك تكلفته عنده ثلاث مرات.",
                                             "غطى الاشتراك تكلفته", "legal-financial-promise"),
    "en-assured-of-money-back": ("You are assured of SAR 3 back for every riyal.", "assured of SAR 3 back",
                                 "legal-financial-promise"),
    "ar-roi-settled": ("العائد على الاستثمار محسوم مع Dealix.", "العائد على الاستثمار محسوم",
                       "legal-financial-promise"),
    "en-guaranteed-profit-ligature": ("Guaranteed pro\ufb01t on every riyal you spend.", "Guaranteed",
                                      "legal-financial-promise"),
    "en-revenue-within-the-first-hour": ("New revenue within your first hour.", "within your first hour",
                                         "exaggerated-speed"),
    "en-record-sales-by-monday": ("Go live Sunday, record sales by Monday.", "record sales by Monday",
                                  "exaggerated-speed"),
    "ar-sales-double-in-hours": ("بساعات قليلة تتضاعف مبيعاتك.", "تتضاعف مبيعاتك", "exaggerated-speed"),
    "en-payback-in-one-day": ("Payback period: one day.", "Payback period", "exaggerated-speed"),
    "ar-subscription-back-in-48-hours": ("تسترد قيمة الاشتراك خلال ٤٨ ساعة.", "تسترد قيمة الاشتراك",
                                         "exaggerated-speed"),
    "en-no-rep-touches-the-deal": ("No rep touches the deal until it's signed.", "No rep touches the deal",
                                   "full-automation"),
    "en-sells-with-no-salespeople": ("Dealix sells with no salespeople involved.", "sells with no salespeople",
                                     "full-automation"),
    "en-handles-renewals-alone": ("Dealix handles renewals alone.", "handles renewals alone", "full-automation"),
    "en-never-stops-negotiating": ("The AI never stops negotiating on its own.", "negotiating on its own",
                                   "full-automation"),
    "en-why-approve-yourself": ("Why approve every message yourself?", "approve every message yourself",
                                "approval-bypass"),
    "ar-replies-go-out-automatically": ("الردود تطلع باسمك أوتوماتيك.", "تطلع باسمك أوتوماتيك", "approval-bypass"),
    "en-turn-off-message-review": ("Turn off message review in Settings.", "Turn off message review",
                                   "approval-bypass"),
    "ar-review-happens-later": ("المراجعة تصير بعدين لو حبيت.", "المراجعة تصير بعدين", "approval-bypass"),
    "en-no-need-to-see-what-goes-out": ("Your team doesn't need to see what goes out.",
                                        "need to see what goes out", "approval-bypass"),
    "ar-they-got-us-every-number": ("جابوا لنا أرقام كل المستشفيات في الرياض.", "جابوا لنا أرقام", "scraping"),
    "ar-we-get-any-managers-mobile": ("نجيب لك الـ mobile حق أي مدير في جدة.", "نجيب لك الـ mobile", "scraping"),
    "en-well-track-it-down": ("Need a CFO's number? We'll track it down for you.", "track it down", "scraping"),
    "ar-waste-of-your-money": ("برامج المنافسين إضاعة لفلوسك.", "إضاعة لفلوسك", "competitor-attack"),
    "en-charts-and-lies": ("Other CRMs sell you charts and lies.", "charts and lies", "competitor-attack"),
    "ar-pipeline-diseases": ("لا بد من تشخيص أمراض البايبلاين عندك.", "أمراض البايبلاين", "medical-language"),
    # Round 86: the claims of a held-out round, in our own words.
    "en-success-is-certain": ("Success is certain when you use Dealix.", "Success is certain", "guaranteed-results"),
    "en-zero-chance-flat": ("Zero chance your pipeline stays flat this quarter.", "Zero chance",
                            "guaranteed-results"),
    "ar-outdated-by-time": ("هذي الأنظمة أكل عليها الدهر وشرب، وفلوسك معهم ضايعة.", "أكل عليها الدهر",
                            "competitor-attack"),
    "ar-negotiates-and-closes-itself": ("النظام يفاوض ويقفل الصفقة بنفسه.", "يفاوض ويقفل الصفقة بنفسه",
                                        "full-automation"),
    "en-autopilot-never-touch-again": ("Set it to autopilot and never touch a follow-up again.", "autopilot",
                                       "full-automation"),
    "en-if-you-dont-approve-we-send": ("If you don't approve them by noon, we send them.", "If you don't approve them",
                                       "approval-bypass"),
    "en-dont-even-open-the-drafts": ("I don't even open the drafts anymore.", "don't even open the drafts anymore",
                                     "approval-bypass"),
    "ar-lists-with-names-and-numbers": ("نبيع لك قوائم فيها أسماء وأرقام المدراء.", "نبيع لك قوائم", "scraping"),
    "ar-tool-gets-numbers-from-any-site": ("الأداة تجيب الأرقام من أي موقع تبيه.", "تجيب الأرقام من أي موقع",
                                           "scraping"),
    "ar-protected-100-percent": ("أنت محمي 100% من أي غرامة.", "محمي 100%", "legal-financial-promise"),
    "en-every-client-expects-the-same-return": ("Every client can expect the same return.", "expect the same return",
                                  "legal-financial-promise"),
    "ar-full-refund-of-fees-guaranteed": ("نضمن لك استرداد كامل رسوم الاشتراك من الدعم الحكومي.",
                                          "نضمن لك استرداد كامل رسوم", "legal-financial-promise"),
    "ar-contract-before-first-week-ends": ("بتوقع أول عقد قبل نهاية أول أسبوع.", "قبل نهاية أول أسبوع",
                                           "exaggerated-speed"),
    "en-your-first-deal-within-the-hour": ("Your first deal within the hour.", "first deal within the hour",
                                      "exaggerated-speed"),
    "en-deals-on-the-first-morning": ("They closed 12 deals on their first morning.", "12 deals on their first morning",
                                      "exaggerated-speed"),
    "ar-calendar-full-in-minutes": ("وبدقائق يصير جدولك مليان اجتماعات.", "يصير جدولك مليان", "exaggerated-speed"),
    "en-fill-a-cohort-in-a-morning": ("Fill a whole training cohort in a single morning.", "in a single morning",
                                      "exaggerated-speed"),
    "en-contracts-signed-by-monday": ("Three contracts signed by Monday.", "contracts signed by Monday",
                                      "exaggerated-speed"),
    "ar-sales-team-disease": ("شخّص مرض فريق المبيعات مع Dealix.", "مرض فريق المبيعات", "medical-language"),
    # Round 87: the claims of a held-out round, in our own words.
    "ar-sends-without-taking-permission": ("النظام يرسل العروض بدون ما ياخذ اذنك.", "بدون ما ياخذ اذنك",
        "approval-bypass"),
    "ar-sent-even-if-never-opened": ("ترسل الرسائل حتى لو ما فتحت التطبيق.", "حتى لو ما فتحت", "approval-bypass"),
    "en-silent-mode-replies": ("Turn on silent mode and Dealix replies for you.", "silent mode", "approval-bypass"),
    "en-inherit-the-first-approval": ("Follow-ups inherit the approval of the first email.", "inherit the approval",
        "approval-bypass"),
    "en-without-a-second-review": ("They go out without a second review.", "without a second review",
        "approval-bypass"),
    "ar-any-companys-staff-mobiles": ("نرسل لك جوالات موظفي أي شركة تختارها.", "نرسل لك جوالات موظفي", "scraping"),
    "en-saves-every-profiles-details": ("The extension saves the contact details of every profile you view.",
                                        "saves the contact details of every profile", "scraping"),
    "ar-colloquial-medicine": ("هذا هو الدوا اللي يحتاجه البيع عندك.", "الدوا", "medical-language"),
    "en-with-or-without-you": ("It keeps following up with or without you.", "with or without you", "full-automation"),
    "en-negotiates-price-without-you": ("It negotiates the price without you.", "negotiates the price without you",
        "full-automation"),
    "en-so-you-can-let-them-go": ("Hand it your SDRs' work, so you can let them go.", "let them go", "full-automation"),
    "en-never-think-about-it-again": ("Set it up once and never think about it again.", "never think about it again",
        "full-automation"),
    "en-back-with-profit": ("Treat the fee as a deposit: you get it back with profit.", "get it back with profit",
        "legal-financial-promise"),
    "ar-no-accountability-for-invoices": ("فواتيرك ما عليها أي مساءلة مع Dealix.", "ما عليها أي مساءلة",
        "legal-financial-promise"),
    "ar-signup-to-paid-invoice-one-day": ("من التسجيل إلى أول فاتورة مدفوعة في يوم واحد.", "من التسجيل إلى أول فاتورة",
        "exaggerated-speed"),
    "ar-bookings-minutes-after-connecting": ("حجوزات جديدة خلال دقائق من ربط Dealix.", "خلال دقائق من ربط",
        "exaggerated-speed"),
    "ar-halls-full-within-hours": ("بساعات قليلة تتعبى القاعات.", "تتعبى", "exaggerated-speed"),
    "ar-no-client-but-signs": ("ما فيه عميل يتابعه Dealix إلا ويوقع.", "إلا ويوقع", "guaranteed-results"),
    "ar-every-offer-ends-in-a-deal": ("كل عرض يرسله Dealix ينتهي بصفقة مؤكدة.", "ينتهي بصفقة مؤكدة",
        "guaranteed-results"),
    # Round 88: the claims of a held-out round, in our own words.
    "ar-automatic-sending-of-every-message": ("إرسال تلقائي لكل رسالة أول ما تنكتب.", "إرسال تلقائي لكل",
        "approval-bypass"),
    "ar-unanswered-drafts-counted-approved": ("أي مسودة ما ترد عليها خلال يومين نعتبرها معتمدة.", "نعتبرها معتمدة",
        "approval-bypass"),
    "en-unless-you-object": ("Unless you object within the hour, the drafts go out.", "Unless you object",
        "approval-bypass"),
    "en-ops-approves-on-your-behalf": ("Our ops team approves them on your behalf.", "approves them on your behalf",
        "approval-bypass"),
    "ar-see-what-went-out-in-summary": ("وأنت تشوف اللي انرسل في الملخص الأسبوعي.", "تشوف اللي انرسل",
        "approval-bypass"),
    "en-compiled-contact-list": ("We compiled a 5,000-contact list of procurement heads.", "5,000-contact list",
        "scraping"),
    "en-museum-piece": ("Still on HubSpot? That thing is a museum piece.", "museum piece", "competitor-attack"),
    "en-pitch-built-on-lies": ("Every other vendor's pitch is built on lies.", "built on lies", "competitor-attack"),
    "en-stands-behind-the-forecast": ("Dealix stands behind this forecast.", "stands behind this forecast",
        "guaranteed-results"),
    "en-locks-in-renewals": ("Dealix locks in your renewals.", "locks in your renewals", "guaranteed-results"),
    "en-every-client-will-close-five": ("Every new client will close at least five deals this quarter.",
        "will close at least five", "guaranteed-results"),
    "ar-thirty-guaranteed-deals": ("تبي ٣٠ صفقة جديدة مضمونة؟", "صفقة جديدة مضمونة", "guaranteed-results"),
    "en-net-profit-locked-in": ("An investment with net profit locked in.", "net profit locked in",
        "legal-financial-promise"),
    "en-bring-the-zakat-bill-down": ("It will bring your zakat bill down.", "bring your zakat bill down",
        "legal-financial-promise"),
    "ar-no-fines-on-you": ("ما عليكم أي غرامات بعد ما تستخدمون Dealix.", "ما عليكم أي غرامات",
        "legal-financial-promise"),
    "en-contracts-before-maghrib": ("Signed contracts before Maghrib on day one.", "before Maghrib",
        "exaggerated-speed"),
    "mixed-3x-sales-in-a-day": ("3x sales في يوم واحد.", "3x sales", "exaggerated-speed"),
    "en-orders-land-the-moment": ("New orders land the moment you connect Dealix.",
        "orders land the moment you connect", "exaggerated-speed"),
    "ar-signup-morning-deals-night": ("تسجيل الصبح وصفقات بالليل.", "تسجيل الصبح", "exaggerated-speed"),
    "ar-closes-instead-of-the-team": ("يفاوض ويقفل بدال فريق المبيعات.", "بدال فريق المبيعات", "full-automation"),
    "en-nobody-touches-a-deal-again": ("Nobody on your team has to touch a deal again.",
        "Nobody on your team has to touch a deal again", "full-automation"),
    # Round 89: the claims of a held-out round, in our own words.
    "en-approved-or-not": ("Approved or not, every follow-up goes out at 9am.", "Approved or not", "approval-bypass"),
    "ar-if-you-dont-approve-we-send": ("إذا ما سويت approve خلال ساعة نرسلها باسمك.",
        "إذا ما سويت approve", "approval-bypass"),
    "en-no-need-for-staff-to-see": ("There is no need for your staff to see each message.",
        "no need for your staff to see", "approval-bypass"),
    "ar-without-being-shown-to-anyone": ("كل الرسائل تطلع بدون ما تُعرض على أحد.",
        "بدون ما تُعرض على أحد", "approval-bypass"),
    "ar-never-passes-by-you": ("Dealix يرسل كل عرض أول ما يجهز، وما يمر عليك.", "وما يمر عليك", "approval-bypass"),
    "en-not-one-reply-unsent": ("Not one reply goes unsent just because you didn't get around to approving it.",
        "just because you didn't", "approval-bypass"),
    "en-well-find-the-number": ("We'll find the number by tonight.", "We'll find the number", "scraping"),
    "en-no-follow-up-waits-on-a-human": ("No follow-up ever waits on a human.",
        "No follow-up ever waits on a human", "full-automation"),
    "en-replaced-three-coordinators": ("Dealix replaced our three sales coordinators.",
        "replaced our three sales coordinators", "full-automation"),
    "ar-team-knows-when-payment-arrives": ("فريقك يدري بس لما توصل الدفعة.", "فريقك يدري بس", "full-automation"),
    "ar-not-a-single-violation": ("ما راح تلقى ولا مخالفة وحدة مع Dealix.", "ولا مخالفة", "legal-financial-promise"),
    "en-returned-threefold": ("Every riyal is returned threefold.", "returned threefold", "legal-financial-promise"),
    "en-cannot-be-held-liable": ("Your company cannot be held liable for any breach.",
        "cannot be held liable", "legal-financial-promise"),
    "en-yours-will-hit-its-target": ("Yours will hit its annual target too.",
        "Yours will hit its annual target", "guaranteed-results"),
    "en-back-the-result-with-a-refund": ("We back that result with a full refund.",
        "back that result with a full refund", "guaranteed-results"),
    "ar-will-buy-inevitably": ("كل عميل يستلم متابعاتنا بيشتري، لا محالة.", "لا محالة", "guaranteed-results"),
    "en-paying-customers-on-day-one": ("Paying customers on day one.",
        "Paying customers on day one", "exaggerated-speed"),
    "ar-zero-to-ten-contracts": ("من صفر إلى ١٠ عقود في ٣ أيام.", "من صفر إلى ١٠ عقود", "exaggerated-speed"),
    "en-setup-monday-sales-tuesday": ("Setup Monday, sales Tuesday.", "sales Tuesday", "exaggerated-speed"),
    "en-signed-order-within-the-hour": ("Dealix turns a lead into a signed order within the hour.",
        "signed order within the hour", "exaggerated-speed"),
    "ar-signup-to-first-order-24h": ("من التسجيل لأول طلبية في ٢٤ ساعة.", "من التسجيل لأول طلبية", "exaggerated-speed"),
    "ar-heals-sales-first-week": ("Dealix يشفي مبيعاتك من أول أسبوع.", "يشفي مبيعاتك", "medical-language"),
    "ar-all-fooling-customers": ("كلها ضحك على العملاء، هالأدوات.", "كلها ضحك على العملاء", "competitor-attack"),
    "en-repackaging-junk": ("The other bidders are repackaging junk software.",
        "repackaging junk", "competitor-attack"),
    # Round 90: the claims of a held-out round, in our own words.
    "ar-why-pay-a-whole-team": ("وش له تدفع رواتب فريق كامل وDealix يقفل الصفقات بروحه؟",
        "يقفل الصفقات بروحه", "full-automation"),
    "ar-covers-its-cost-twice": ("لن تجد شهراً لا يغطي فيه Dealix تكلفته مرتين.",
        "يغطي فيه Dealix تكلفته مرتين", "legal-financial-promise"),
    "ar-roi-never-below": ("الـ ROI عندنا ما ينزل عن 200%.", "ROI", "legal-financial-promise"),
    "en-takes-on-all-liability": ("Dealix takes on all PDPL liability for you.",
        "takes on all PDPL liability", "legal-financial-promise"),
    "ar-get-rid-of-the-approval-step": ("تتخلص من خطوة الموافقة نهائياً.", "تتخلص من خطوة الموافقة", "approval-bypass"),
    "en-we-send-it-anyway": ("No answer in a day? We send it anyway.", "send it anyway", "approval-bypass"),
    "ar-approval-is-a-formality": ("الموافقة خطوة شكلية.", "الموافقة خطوة شكلية", "approval-bypass"),
    "en-pulled-straight-from-linkedin": ("Every buyer's number, pulled straight from LinkedIn.",
        "pulled straight from LinkedIn", "scraping"),
    "en-copy-the-exhibitor-list": ("Copy the exhibitor list and Dealix messages them all.",
        "Copy the exhibitor list", "scraping"),
    "ar-ready-database-of-numbers": ("عندنا database جاهزة فيها أرقام مدراء المشتريات.",
        "database جاهزة فيها أرقام", "scraping"),
    "en-not-a-single-salesperson": ("You won't need a single salesperson.",
        "won't need a single salesperson", "full-automation"),
    "ar-you-dont-need-to-step-in": ("Dealix يتابع ويفاوض، وانت ما تحتاج تتدخل.", "ما تحتاج تتدخل", "full-automation"),
    "en-reps-never-log-in": ("Your reps never need to log in.", "never need to log in", "full-automation"),
    "en-no-way-not-close": ("There's no way you'll join us and not close a deal this month.",
        "There's no way", "guaranteed-results"),
    "en-every-pilot-ends-signed": ("Every pilot ends with signed contracts.",
        "Every pilot ends with signed contracts", "guaranteed-results"),
    "ar-idle-list-to-orders-in-minutes": ("في دقايق، قائمتك الخاملة تتحول لطلبات شراء.",
        "تتحول لطلبات شراء", "exaggerated-speed"),
    "en-before-your-coffee-is-done": ("Watch the deals land before your coffee is finished.",
        "before your coffee is finished", "exaggerated-speed"),
    "ar-rehab-session-for-sales": ("مبيعاتك متيبسة؟ جلسة تأهيل مع Dealix.", "جلسة تأهيل", "medical-language"),
}


def _covers(f: Finding, text: str, at: str) -> bool:
    """The finding (one line) spans the claim word ``at``: the policy may start the match a
    word earlier ("لا شك أننا نضمن …" is one claim) but must not drop the claim word."""
    line, col = pos(text, at)
    return f.line == f.end_line == line and f.column <= col and f.end_column >= col + len(at)


@pytest.mark.parametrize(("text", "at", "category"), list(CLAIMS.values()), ids=list(CLAIMS))
def test_negation_look_alikes_are_still_claims(policy: CompiledPolicy, text: str, at: str, category: str) -> None:
    found = claims(lint(policy, text))
    assert found, "no claim finding (read as negated, or no term matched)"
    assert {f.category for f in found} == {category}
    assert any(_covers(f, text, at) for f in found), [(f.column, f.match) for f in found]


# Claims phrased with a negative word: "no loss", "you won't lose". A reviewer reads them as a
# guarantee of the outcome; either the results or the financial category is a fair label.
NEGATIVE_PHRASED = {
    "ar-without-any-loss": ("ابدأ مع Dealix بدون أي خسارة.", "بدون"),
    "ar-you-wont-lose": ("مع Dealix لن تخسر أي صفقة بعد اليوم.", "لن"),
    "en-no-risk": ("Sign up now with no risk at all.", "no risk"),
}


@pytest.mark.parametrize(("text", "at"), list(NEGATIVE_PHRASED.values()), ids=list(NEGATIVE_PHRASED))
def test_promises_phrased_negatively_are_claims(policy: CompiledPolicy, text: str, at: str) -> None:
    found = claims(lint(policy, text))
    assert found, "a promise phrased with a negative word was not reported"
    assert any(_covers(f, text, at) for f in found), [(f.column, f.match) for f in found]
    assert {f.category for f in found} <= {"guaranteed-results", "legal-financial-promise"}


# A testimonial is still copy we publish: quoting a customer who promises deals is a claim
# (an advertiser answers for the endorsements it runs), so quotation marks alone excuse nothing.
TESTIMONIALS = {
    "ar-testimonial-said": ("«نضمن لك صفقات كل شهر» قال عميلنا في الرياض.", "نضمن"),
    "ar-quote-no-cue": ("«نضمن لك صفقات كل شهر» — هذا ما يميز Dealix.", "نضمن"),
    "en-testimonial-says": ("“They guarantee your pipeline doubles,” says one customer.", "guarantee"),
    "en-quote-no-cue": ("“Guaranteed results every quarter” — that is the Dealix promise.", "Guaranteed"),
}


@pytest.mark.parametrize(("text", "at"), list(TESTIMONIALS.values()), ids=list(TESTIMONIALS))
def test_quoted_claim_without_a_do_not_cue_is_a_claim(policy: CompiledPolicy, text: str, at: str) -> None:
    assert claim_locs(lint(policy, text)) == [(*pos(text, at), "guaranteed-results")]


def test_mention_and_claim_in_one_paragraph(policy: CompiledPolicy) -> None:
    text = "لا تكتب «نضمن لك صفقات» في العروض.\nمع Dealix نضمن لك عملاء جدد."
    assert claim_locs(lint(policy, text)) == [(*pos(text, "نضمن", 1), "guaranteed-results")]


@pytest.mark.parametrize("text", ["لا نعد بأرقام\n\nنضمن لك صفقات شهرياً.", "- لا نعد بأرقام\n- نضمن لك صفقات شهرياً.",
                                  "لا نعد بأرقام.\nنضمن لك صفقات شهرياً."],
                         ids=["paragraphs", "list-items", "sentence-ended"])
def test_denial_in_a_block_of_its_own_does_not_reach_the_next(policy: CompiledPolicy, text: str) -> None:
    # (A line break inside a paragraph is a space to a reader: see test_extract.)
    assert claim_locs(lint(policy, text)) == [(*pos(text, "نضمن"), "guaranteed-results")]


# A document about wording (its title says so: a style guide, a claims review) lists what not to
# write: there, a quoted phrase, a list item or a table cell is an example. Its prose is still
# read as copy, and the same lists under any other title are claims.
STYLE_GUIDE_BODY = (
    "## Examples\n"
    "- we guarantee results every month\n"
    "- a bot that closes deals on its own\n\n"
    "| Line | Note |\n|---|---|\n| fully automated sales | the old ad |\n"
)


def test_examples_in_a_document_about_wording_are_mentions(policy: CompiledPolicy) -> None:
    assert claim_locs(lint(policy, "# Dealix Voice & Style Guide\n\n" + STYLE_GUIDE_BODY)) == []
    html = ("<html><head><title>دليل الأسلوب — Dealix</title></head><body><ul>"
            "<li>نضمن لك صفقات كل شهر</li></ul></body></html>")
    assert claim_locs(lint(policy, html, "html", "guide.html")) == []


def test_the_same_lists_under_another_title_are_claims(policy: CompiledPolicy) -> None:
    text = "# Why Dealix\n\n" + STYLE_GUIDE_BODY
    assert {c for _, _, c in claim_locs(lint(policy, text))} >= {"guaranteed-results", "full-automation"}


def test_prose_in_a_document_about_wording_is_still_copy(policy: CompiledPolicy) -> None:
    text = "# دليل الأسلوب\n\nمن الأمثلة:\n- نضمن لك صفقات كل شهر\n\nنضمن لك صفقات كل شهر.\n"
    assert claim_locs(lint(policy, text)) == [(*pos(text, "نضمن", 1), "guaranteed-results")]


def test_html_list_items_read_like_markdown_items(policy: CompiledPolicy) -> None:
    # <li> reads as "- ", so a heading over the list says what its items are.
    denied = ("<h2>٣. الممارسات الممنوعة</h2><ul><li>كشط المواقع لجمع الأرقام.</li>"
              "<li>شراء قوائم من وسطاء بيانات.</li></ul>")
    assert claim_locs(lint(policy, denied, "html", "policy.html")) == []
    offered = denied.replace("الممارسات الممنوعة", "خدماتنا")
    assert {c for _, _, c in claim_locs(lint(policy, offered, "html", "offer.html"))} == {"scraping"}
