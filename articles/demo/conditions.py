"""Demo catalogue of four common knee conditions linked to exercise.

Written to CLINICAL.md version 3: US English, plain words first, no list of
warning signs (the page shows the clinic's one shared list in the emergency and
urgent cards), medicines and ice as the content safety rules say.
"""

HELP_LINK = '<a href="/articles/when-to-get-help-for-knee-pain/">when to get help for knee pain</a>'

# Self-care is only for a knee with no warning sign (CLINICAL.md: no contradictions).
ONLY_WITHOUT_WARNING_SIGNS = (
    "<p>This advice is only for a knee with none of the warning signs on this page. "
    f"If you are not sure, read {HELP_LINK}.</p>"
)

# Ice: wrapped, 15-20 minutes, never on numb skin or a cold, pale foot.
ICE = (
    "<li>Hold ice wrapped in a cloth on your knee for 15 to 20 minutes. "
    "You can do this every few hours. "
    "Never put ice on skin that is numb, or on a foot that is cold and pale.</li>"
)

# Medicines as CLINICAL.md 3.1 says (US over-the-counter labels).
ACETAMINOPHEN_CAUTIONS = """\
<p>Do not take more than the daily limit on the pack. Do not take it with other medicines that also contain it. Ask a doctor first if you have liver disease or have 3 or more alcoholic drinks a day.</p>
"""
# The US label's cautions for anti-inflammatory painkillers, tablets and gels alike.
ANTI_INFLAMMATORY_CAUTIONS = """\
<p>Use the lowest dose that helps, for the shortest time. Never take two of these medicines together. That includes a daily aspirin.</p>
<p>Ask a doctor or pharmacist first if you:</p>
<ul>
<li>are 60 or older</li>
<li>have had a stomach ulcer or bleeding in your stomach</li>
<li>take a blood thinner or steroid tablets</li>
<li>have 3 or more alcoholic drinks a day</li>
<li>have high blood pressure, or heart, kidney or liver disease</li>
<li>have asthma</li>
</ul>
<p>Do not use them if you are 20 weeks pregnant or more, unless a doctor tells you to.</p>
"""
# Knee osteoarthritis: an anti-inflammatory gel first (NICE NG226); in the US that is
# diclofenac 1% gel, with its label's limits.
DICLOFENAC_GEL = """\
<p>Try an anti-inflammatory gel first. Ask for diclofenac 1% gel. Rub it on the sore knee up to 4 times a day, as the pack says.</p>
<p>Do not use it for more than 21 days unless a doctor tells you to. Do not use it while you take anti-inflammatory tablets, such as ibuprofen or naproxen. If the gel is not enough, ask a doctor or pharmacist what to try next.</p>
<p>The gel has the same cautions as the tablets.</p>
"""
# After an injury: acetaminophen first; anti-inflammatories not in the first 48 hours.
PAIN_RELIEF_AFTER_INJURY = (
    "<h3>Pain relief after an injury</h3>\n"
    "<p>Try acetaminophen (paracetamol) first.</p>\n"
    + ACETAMINOPHEN_CAUTIONS
    + "<p>Wait 48 hours after the injury before you take anti-inflammatory pain relief, "
    "such as ibuprofen or naproxen.</p>\n" + ANTI_INFLAMMATORY_CAUTIONS
)

# PEACE & LOVE (Dubois & Esculier, BJSM 2020), in plain words.
PEACE_AND_LOVE = (
    "<p>This plan is known as PEACE &amp; LOVE: protect, elevate, compress with care, "
    "then load gradually.</p>\n"
)

# Emergency and urgent cards carry no points of their own: the page renders the
# clinic's one shared red-flag list inside them (CLINICAL.md: one safety net).
EMERGENCY_CARD = {
    "urgency": "emergency",
    "heading": "Get emergency help now if you have any of these signs:",
    "action": "Call the emergency number now, or go to the emergency room (ER).",
    "points": [],
}
URGENT_CARD = {
    "urgency": "urgent",
    "heading": "Get seen today if you have any of these signs:",
    # A doctor suits every urgent sign, including those that need a doctor
    # rather than a physical therapist (CLINICAL.md: urgent_doctor).
    "action": (
        "Call the clinic for a same-day appointment with a doctor, or go to urgent care. "
        "If everything is closed, go to the emergency room (ER)."
    ),
    "points": [],
}

CONDITIONS: list[dict] = [
    {
        "slug": "patellofemoral-pain-syndrome",
        "name": "Patellofemoral pain syndrome",
        "also_known_as": ["Runner's knee", "Kneecap pain"],
        "search_aliases": [
            "Runners knee",
            "Runner knee",
            "PFPS",
            "Patellofemoral pain",
        ],
        "summary": (
            "Runner's knee (patellofemoral pain syndrome) is a dull ache around or behind "
            "your kneecap. It often comes from doing too much, too soon. It usually gets "
            "better with the right exercises."
        ),
        "icd10_codes": ["M22.2X1", "M22.2X2", "M22.2X9"],
        "onset": "overuse",
        "areas": ["front"],
        "activities": ["running", "jumping", "squatting", "stairs", "cycling", "kneeling"],
        "overview": """\
<p>Runner's knee is pain around or behind your kneecap. Its medical name is patellofemoral pain syndrome.</p>
<p>It is one of the most common causes of knee pain in active people. It often affects runners, but anyone can get it.</p>
<p>Your kneecap slides in a groove at the end of your thigh bone. When this joint takes more load than it is used to, it can get sore.</p>
<p>It does not mean your knee is damaged. It builds up over time, not from one injury. Most people get better with exercise and a slow return to sport.</p>
""",
        "symptoms": """\
<p>You may notice:</p>
<ul>
<li>a dull ache around or behind your kneecap</li>
<li>pain going up or down stairs or hills</li>
<li>pain when you squat, kneel, run or jump</li>
<li>pain after you sit for a long time with your knees bent</li>
</ul>
<p>It can affect one knee or both. The knee does not usually swell.</p>
<p>Your kneecap may click or crunch. On its own, without pain, this is common and harmless.</p>
""",
        "causes": """\
<p>The joint behind your kneecap is taking more load than it can handle for now. Common reasons are:</p>
<ul>
<li>doing too much, too soon, like running much farther than usual</li>
<li>weak muscles at the front of your thigh (quadriceps)</li>
<li>front and back thigh muscles that are out of balance</li>
<li>weak hip muscles, which let your knee drop inward</li>
<li>a change of shoes or running surface</li>
</ul>
<p>Sports with a lot of running, jumping and squatting carry the highest risk.</p>
""",
        "self_care": ONLY_WITHOUT_WARNING_SIGNS
        + """\
<ul>
<li>Cut back on what hurts, but stay active.</li>
<li>Swap running and jumping for swimming or easy cycling for a while.</li>
<li>Do your thigh and hip exercises most days.</li>
<li>Stand up and stretch your legs often when you sit for a long time.</li>
"""
        + ICE
        + """\
</ul>
<h3>Pain relief</h3>
"""
        + "<p>Acetaminophen (paracetamol) can ease the pain.</p>\n"
        + ACETAMINOPHEN_CAUTIONS
        + "<p>Anti-inflammatory pain relief, such as ibuprofen, can help too.</p>\n"
        + ANTI_INFLAMMATORY_CAUTIONS,
        "treatment": """\
<p>Most people get better without surgery. Exercise is the main treatment.</p>
<p>A physical therapist can help. They may:</p>
<ul>
<li>give you exercises to make your thigh and hip muscles stronger</li>
<li>check how you run, squat and land</li>
<li>tape your kneecap to ease the pain for a short time</li>
<li>suggest shoe inserts if your feet play a part</li>
<li>plan your return to sport, step by step</li>
</ul>
<p>It can take a few weeks or a few months to get better. Keep up your exercises, even once the pain settles.</p>
""",
        "prevention": """\
<ul>
<li>Warm up for 5 to 10 minutes before you exercise.</li>
<li>Keep your thigh and hip muscles strong.</li>
<li>Add to your training a little at a time.</li>
<li>Mix running with swimming or cycling.</li>
<li>Keep your knees in line with your hips and ankles when you squat or land.</li>
<li>Get new running shoes when yours feel worn out.</li>
</ul>
<p>If your kneecap starts to ache, ease off for a few days. It is easier to treat early.</p>
""",
        "care_advice": [
            EMERGENCY_CARD,
            URGENT_CARD,
            {
                "urgency": "routine",
                "heading": "See a physical therapist or book with the clinic if:",
                "action": "Book an appointment with the clinic.",
                "points": [
                    "Your pain is not better after 2 to 3 weeks of self-care.",
                    "The pain keeps you from your sport or daily tasks.",
                    "Your kneecap clicks or crunches, and it hurts when it does.",
                    "You want help to plan your exercises.",
                ],
            },
        ],
        "related_articles": [
            "why-exercise-can-hurt-your-knee",
            "exercise-technique-and-knee-alignment",
            "preventing-knee-pain-from-exercise",
            "getting-back-to-exercise-after-knee-pain",
        ],
    },
    {
        "slug": "knee-ligament-sprain",
        "name": "Knee ligament sprain",
        "also_known_as": ["Sprained knee", "Torn ACL", "Torn MCL", "Torn ligament"],
        "search_aliases": [
            "ACL sprain",
            "ACL tear",
            "MCL sprain",
            "MCL tear",
            "LCA",
            "LCM",
            "Anterior cruciate ligament",
            "Medial collateral ligament",
            "Cruciate ligament",
        ],
        "summary": (
            "A sprain is a stretch or tear in one of the strong bands that hold your "
            "knee together. It usually happens with a sudden twist, turn or blow."
        ),
        "icd10_codes": ["S83.511A", "S83.512A", "S83.519A", "S83.411A", "S83.412A", "S83.419A"],
        "onset": "injury",
        "areas": ["inner", "whole"],
        "activities": ["pivoting", "jumping", "running", "squatting"],
        "overview": """\
<p>Strong bands of tissue hold your knee bones together. They are called ligaments. A sprain means one has been stretched or torn.</p>
<p>Two ligaments get hurt most often:</p>
<ul>
<li>The ACL crosses inside the middle of your knee. Its full name is the anterior cruciate ligament.</li>
<li>The MCL runs down the inner side of your knee. Its full name is the medial collateral ligament.</li>
</ul>
<p>A sprain can be a small stretch or a full tear. Many heal well with time and exercise.</p>
""",
        "symptoms": """\
<p>Symptoms start right after an injury. You may notice:</p>
<ul>
<li>sudden, sharp pain</li>
<li>a pop or snap when it happens</li>
<li>swelling, sometimes within a few hours</li>
<li>pain on the inner side of your knee, with an MCL sprain</li>
<li>a knee that feels loose or gives way</li>
<li>pain when you put weight on your leg</li>
</ul>
<p>Some of these can mean you need to be seen today. The warning signs on this page tell you when.</p>
""",
        "causes": """\
<p>Most sprains happen during sports. Common causes are:</p>
<ul>
<li>a sudden twist or turn while your foot stays on the ground</li>
<li>stopping fast or changing direction fast</li>
<li>landing badly from a jump</li>
<li>a blow to the side of your knee, like in a tackle</li>
</ul>
<p>Soccer, basketball, football and skiing carry a higher risk. Weak thigh muscles and tiredness make a sprain more likely. So does an old knee injury.</p>
""",
        "self_care": ONLY_WITHOUT_WARNING_SIGNS
        + """\
<p>If you cannot take 4 steps, get seen today. Crutches may help, but they do not replace that visit.</p>
<h3>The first few days</h3>
<ul>
<li>Protect your knee. Stay off sports and avoid moves that hurt.</li>
<li>Raise your leg above the level of your heart when you rest.</li>
<li>A soft elastic wrap or sleeve can help with swelling. Loosen it if your foot tingles or goes numb. If that does not pass, get help now.</li>
"""
        + ICE
        + """\
</ul>
<h3>Then load it bit by bit</h3>
<p>As the pain eases, start to use your knee again. Bend and straighten it gently. Walk a little more each day. Let pain guide you.</p>
"""
        + PEACE_AND_LOVE
        + PAIN_RELIEF_AFTER_INJURY,
        "treatment": """\
<p>Treatment depends on which ligament is hurt, and how badly.</p>
<ul>
<li>Most MCL sprains heal without surgery. A brace and exercises are usually enough.</li>
<li>Many ACL tears are treated with exercise first. Strong muscles help keep the knee steady.</li>
<li>Some people need surgery to rebuild the ACL. This is for a knee that keeps giving way, or for some sports.</li>
</ul>
<p>A physical therapist will guide your exercises. A doctor may order a scan (MRI) to see the damage.</p>
<p>A mild sprain can heal in a few weeks. A torn ACL can take many months.</p>
""",
        "prevention": """\
<ul>
<li>Warm up well before sports. Try leg swings and walking lunges.</li>
<li>Keep the muscles at the front and back of your thighs strong.</li>
<li>Practice landing softly, with your knees bent and in line with your toes.</li>
<li>Learn to turn and stop with control.</li>
<li>Wear shoes with the right grip for your sport.</li>
<li>Rest when you are tired. That is when form slips.</li>
</ul>
<p>If you hurt your knee before, finish your rehab before you go back to sports.</p>
""",
        "care_advice": [
            EMERGENCY_CARD,
            URGENT_CARD,
            {
                "urgency": "routine",
                "heading": "See a physical therapist or book with the clinic if:",
                "action": "Book an appointment with the clinic.",
                "points": [
                    "You hurt your knee more than a week ago and it is not getting better.",
                    "Your knee still gives way, weeks after the injury.",
                    "Your pain is not better after 2 to 3 weeks of self-care.",
                    "You want a plan to get back to your sport.",
                ],
            },
        ],
        "related_articles": [
            "how-your-knee-works",
            "when-to-get-help-for-knee-pain",
            "what-to-do-when-your-knee-hurts-after-exercise",
            "getting-back-to-exercise-after-knee-pain",
        ],
    },
    {
        "slug": "knee-osteoarthritis",
        "name": "Knee osteoarthritis",
        "also_known_as": ["Knee arthritis"],
        "search_aliases": [
            "OA",
            "Osteoarthrosis",
            "Gonarthrosis",
            "Degenerative joint disease",
            "Arthritis of the knee",
            "Arthritis in the knee",
        ],
        "summary": (
            "Arthritis in the knee (osteoarthritis) causes pain and stiffness. "
            "It is common as we get older. Exercise is one of the best treatments."
        ),
        "icd10_codes": [
            "M17.0",
            "M17.10",
            "M17.11",
            "M17.12",
            "M17.2",
            "M17.30",
            "M17.31",
            "M17.32",
            "M17.9",
        ],
        "onset": "wear",
        "areas": ["whole", "inner"],
        "activities": ["walking", "stairs", "squatting", "kneeling"],
        "overview": """\
<p>This is the most common kind of arthritis in the knee. Its medical name is osteoarthritis.</p>
<p>The ends of your bones are covered in smooth tissue (cartilage). With this kind of arthritis, the cartilage gets thinner. The bone around it changes too. The knee can feel sore and stiff.</p>
<p>It is more common as we get older, but it can start earlier. It is a long-term condition. Pain often comes and goes.</p>
<p>Using your knee does not wear it out. The right exercise makes it stronger and less painful.</p>
""",
        "symptoms": """\
<p>You may notice:</p>
<ul>
<li>an aching knee, often worse after activity or at the end of the day</li>
<li>stiffness in the morning or after you sit still</li>
<li>some swelling around the knee</li>
<li>a crunching feeling when you move</li>
<li>pain on stairs, when you kneel, or when you get up from a chair</li>
<li>a knee that feels weak</li>
</ul>
<p>You may feel the pain across the whole knee or on the inner side.</p>
""",
        "causes": """\
<p>There is no single cause. These things make it more likely:</p>
<ul>
<li>getting older</li>
<li>extra body weight, which adds load to your knees</li>
<li>an old knee injury, such as a torn ligament</li>
<li>weak thigh muscles</li>
<li>arthritis in your family</li>
<li>years of work with a lot of kneeling or squatting</li>
</ul>
<p>Exercise can make the pain flare up for a day or two. But regular, steady exercise is good for your knees.</p>
""",
        "self_care": ONLY_WITHOUT_WARNING_SIGNS
        + """\
<ul>
<li>Keep moving. Walking, swimming and cycling are good choices.</li>
<li>Do exercises for your thigh muscles a few times a week.</li>
<li>If you carry extra weight, losing some eases the load on your knees.</li>
<li>Pace yourself. Spread hard tasks through the day.</li>
<li>Wear comfortable shoes with a soft sole.</li>
"""
        + ICE
        + """\
</ul>
<h3>Pain relief</h3>
"""
        + DICLOFENAC_GEL
        + ANTI_INFLAMMATORY_CAUTIONS,
        "treatment": """\
<p>Exercise and a healthy weight are the main treatments. They help at any age.</p>
<p>A physical therapist can give you an exercise plan. It will build strength and keep your knee moving.</p>
<p>Other things that may help:</p>
<ul>
<li>pain relief, starting with a gel you rub on the knee</li>
<li>a cane, held in the hand on the other side</li>
<li>a steroid shot into the knee, to ease a bad flare-up for a while</li>
</ul>
<p>A few people have pain that stays severe, even after all of this. A surgeon may then offer a new knee joint. Most people never need one.</p>
""",
        "prevention": """\
<p>You cannot always prevent it. But you can lower your risk and ease the pain:</p>
<ul>
<li>Stay active with regular, gentle exercise.</li>
<li>Keep your thigh muscles strong.</li>
<li>Aim for a healthy weight.</li>
<li>Warm up before exercise and build up slowly.</li>
<li>Get knee injuries treated, and finish your rehab.</li>
</ul>
<p>These steps help you keep doing the things you enjoy.</p>
""",
        "care_advice": [
            EMERGENCY_CARD,
            URGENT_CARD,
            {
                "urgency": "routine",
                "heading": "See a physical therapist or book with the clinic if:",
                "action": "Book an appointment with the clinic.",
                "points": [
                    "Your pain is not better after 2 to 3 weeks of self-care.",
                    "Pain or stiffness stops you from doing everyday tasks.",
                    "Your knee often feels weak or gives way.",
                    "You want help with an exercise or weight plan.",
                ],
            },
        ],
        "related_articles": [
            "how-your-knee-works",
            "preventing-knee-pain-from-exercise",
            "getting-back-to-exercise-after-knee-pain",
            "when-to-get-help-for-knee-pain",
        ],
    },
    {
        "slug": "meniscus-tear",
        "name": "Meniscus tear",
        "also_known_as": ["Torn meniscus", "Torn cartilage", "Cartilage tear"],
        "search_aliases": [
            "Menisco",
            "Menisci",
            "Meniscal tear",
            "Meniscus injury",
            "Meniscus rupture",
        ],
        "summary": (
            "A tear in one of the two rubbery pads that cushion your knee. "
            "It often happens when you twist your knee while it is bent. "
            "Most tears get better without surgery."
        ),
        # Current injury: specific medial (S83.21-S83.24) then lateral (S83.25-S83.28)
        # tears, then the unspecified S83.20-; then old or degenerate tears (M23.2-).
        "icd10_codes": [
            "S83.211A",
            "S83.212A",
            "S83.219A",
            "S83.221A",
            "S83.222A",
            "S83.229A",
            "S83.231A",
            "S83.232A",
            "S83.239A",
            "S83.241A",
            "S83.242A",
            "S83.249A",
            "S83.251A",
            "S83.252A",
            "S83.259A",
            "S83.261A",
            "S83.262A",
            "S83.269A",
            "S83.271A",
            "S83.272A",
            "S83.279A",
            "S83.281A",
            "S83.282A",
            "S83.289A",
            "S83.206A",
            "S83.207A",
            "S83.209A",
            "M23.209",
            "M23.221",
            "M23.222",
            "M23.229",
            "M23.259",
        ],
        "onset": "injury",
        "areas": ["inner", "outer", "back"],
        "activities": ["pivoting", "squatting", "kneeling", "jumping"],
        "overview": """\
<p>Your knee has two C-shaped pads of tough, rubbery cartilage. Each one is called a meniscus.</p>
<p>One sits on the inner side of your knee and one on the outer side. They sit between your thigh bone and shin bone. They soak up shock and help keep your knee steady.</p>
<p>A meniscus can tear in sports, often with a twist. After about age 40, it can tear with a small move. This is because it gets weaker with age.</p>
<p>Most tears get better with time and exercise.</p>
""",
        "symptoms": """\
<p>You may notice:</p>
<ul>
<li>pain on the inner or outer side of your knee, or at the back</li>
<li>swelling that builds up over a day or so</li>
<li>pain when you twist, squat or kneel</li>
<li>a catching or clicking feeling inside your knee</li>
<li>a knee that may give way</li>
</ul>
<p>Sometimes the knee gets stuck and will not straighten. This is called locking. A locked knee needs to be seen today.</p>
""",
        "causes": """\
<p>In younger people, a tear usually happens in sports. Common causes are:</p>
<ul>
<li>twisting while your foot is on the ground and your knee is bent</li>
<li>a sudden stop or change of direction</li>
<li>deep squats, mostly with heavy weights</li>
<li>a tackle or a fall</li>
</ul>
<p>A meniscus tear can happen at the same time as a torn ACL.</p>
<p>As we get older, the meniscus gets thinner. A tear can then happen with an everyday move, like getting up from a squat.</p>
""",
        "self_care": ONLY_WITHOUT_WARNING_SIGNS
        + """\
<p>If you cannot take 4 steps, get seen today. The same goes for a knee that is locked and will not straighten.</p>
<h3>The first few days</h3>
<ul>
<li>Protect your knee. Avoid twisting, deep squats and kneeling.</li>
<li>Raise your leg above the level of your heart when you rest.</li>
<li>A soft elastic wrap or sleeve can help with swelling. Loosen it if your foot tingles or goes numb. If that does not pass, get help now.</li>
"""
        + ICE
        + """\
</ul>
<h3>Then load it bit by bit</h3>
<p>As the pain eases, bend and straighten your knee gently. Start easy exercises, like straight-leg raises. Walk a little more each day.</p>
"""
        + PEACE_AND_LOVE
        + PAIN_RELIEF_AFTER_INJURY,
        "treatment": """\
<p>Exercise is the main treatment. A physical therapist can give you a plan. Strong thigh muscles help protect the knee.</p>
<p>Most tears settle this way, even large ones. Surgery does not work better than exercise for most people.</p>
<p>Surgery is for a knee that stays locked and will not straighten. The surgeon may fix the tear, or trim the torn part. This is done through small cuts (arthroscopic surgery).</p>
<p>A doctor may order a scan (MRI), but many people do not need one.</p>
<p>Most people feel better within a few weeks to a few months.</p>
""",
        "prevention": """\
<ul>
<li>Warm up before sports. Try leg swings and walking lunges.</li>
<li>Keep the muscles at the front and back of your thighs strong.</li>
<li>Practice turning and landing with control.</li>
<li>Keep your knees in line with your toes.</li>
<li>Take care with deep squats, mostly with heavy weights.</li>
<li>Build up your training a little at a time.</li>
</ul>
""",
        "care_advice": [
            EMERGENCY_CARD,
            URGENT_CARD,
            {
                "urgency": "routine",
                "heading": "See a physical therapist or book with the clinic if:",
                "action": "Book an appointment with the clinic.",
                "points": [
                    "Your knee catches or clicks, and it hurts when it does.",
                    "You hurt your knee more than a week ago and it is not getting better.",
                    "Your pain is not better after 2 to 3 weeks of self-care.",
                    "You want a plan to get back to your sport.",
                ],
            },
        ],
        "related_articles": [
            "how-your-knee-works",
            "what-to-do-when-your-knee-hurts-after-exercise",
            "when-to-get-help-for-knee-pain",
            "getting-back-to-exercise-after-knee-pain",
        ],
    },
]
