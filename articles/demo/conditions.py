"""Demo catalogue of four common knee conditions linked to exercise."""

CONDITIONS: list[dict] = [
    {
        "slug": "patellofemoral-pain-syndrome",
        "name": "Patellofemoral pain syndrome",
        "also_known_as": [
            "Runner's knee",
            "Runners knee",
            "Anterior knee pain",
            "Chondromalacia patellae",
        ],
        "summary": (
            "A dull ache around or behind the kneecap that often comes from doing too much, "
            "too soon. It usually gets better with rest and the right exercises."
        ),
        "icd10_codes": ["M22.2X1", "M22.2X2", "M22.2X9"],
        "onset": "overuse",
        "areas": ["front"],
        "activities": ["running", "jumping", "squatting", "stairs", "cycling", "kneeling"],
        "overview": """\
<p>This is pain around or behind your kneecap. It is often called runner's knee. It is one of the most common causes of knee pain in active people.</p>
<p>Your kneecap slides in a groove at the end of your thigh bone. When this area is under too much strain, it can become sore.</p>
<p>It is not caused by a single injury. It builds up over time. The good news is that it usually gets better. Rest, the right exercises and a slow return to sports all help.</p>
""",
        "symptoms": """\
<p>You may notice:</p>
<ul>
<li>a dull ache around or behind your kneecap</li>
<li>pain when you go up or down stairs or hills</li>
<li>pain when you squat, kneel, run or jump</li>
<li>pain after you sit for a long time with your knees bent</li>
<li>a clicking or grinding feeling under your kneecap</li>
</ul>
<p>It can affect one knee or both. Your knee does not usually swell much. Clicking on its own, without pain, is common and is not usually a concern.</p>
""",
        "causes": """\
<p>This pain usually comes from too much strain on the joint behind your kneecap. Common reasons include:</p>
<ul>
<li>doing too much, too soon, such as running much farther than usual</li>
<li>weak or tight muscles at the front of your thigh (quadriceps) or back of your thigh (hamstrings)</li>
<li>weak hip muscles, which can let your knee drop inward</li>
<li>poor form, so your kneecap does not move in a straight line</li>
<li>worn-out shoes or a sudden change in training surface</li>
</ul>
<p>Sports with lots of running, jumping and squatting carry the highest risk.</p>
""",
        "self_care": """\
<ul>
<li>Cut back on the activities that hurt, but try to stay active.</li>
<li>Swap running and jumping for swimming or gentle cycling for a while.</li>
<li>Hold an ice pack wrapped in a thin towel on your knee for 15 to 20 minutes. You can repeat this every few hours.</li>
<li>Take pain relief if you need it. Check with a pharmacist first if you have other health problems.</li>
<li>Start gentle exercises, such as straight-leg raises and thigh stretches.</li>
<li>Avoid sitting with your knees bent for a long time. Stretch your legs out often.</li>
</ul>
""",
        "treatment": """\
<p>Most people get better without surgery. A physio (physical therapist) is usually the best person to help.</p>
<p>Your physio may:</p>
<ul>
<li>give you exercises to strengthen your thigh and hip muscles</li>
<li>check how you run, squat and land, and help you improve your form</li>
<li>use tape on your kneecap to ease pain for a short time</li>
<li>suggest shoe inserts (orthotics) if the shape of your feet plays a part</li>
<li>help you plan a slow return to sports</li>
</ul>
<p>It can take several weeks or a few months to fully recover. Keep doing your exercises, even once the pain settles.</p>
""",
        "prevention": """\
<ul>
<li>Warm up for 5 to 10 minutes before exercise.</li>
<li>Keep the muscles around your hips and thighs strong.</li>
<li>Increase your training a little at a time.</li>
<li>Mix running with low-impact activities, like swimming or cycling.</li>
<li>Keep your knees in line with your hips and ankles when you squat or land.</li>
<li>Replace your running shoes when they start to feel worn.</li>
</ul>
<p>Stop and rest if your kneecap starts to ache. Catching it early makes it easier to treat.</p>
""",
        "care_advice": [
            {
                "urgency": "routine",
                "heading": "Pain is not getting better",
                "action": "Book an appointment with the clinic or a physio.",
                "points": [
                    "Your pain is not better after 2 to 3 weeks of self-care.",
                    "Your pain lasts more than a few days and keeps getting worse.",
                    "Pain stops you doing your usual sport or daily tasks.",
                    "Your knee clicks or grinds and it hurts when it does.",
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
        "also_known_as": [
            "ACL sprain",
            "MCL sprain",
            "ACL tear",
            "LCA",
            "LCM",
            "Torn ligament",
        ],
        "summary": (
            "A stretch or tear in one of the strong bands that hold your knee together. "
            "It usually happens with a sudden twist, turn or blow to the knee."
        ),
        "icd10_codes": ["S83.511A", "S83.512A", "S83.519A", "S83.411A", "S83.412A"],
        "onset": "injury",
        "areas": ["inner", "whole"],
        "activities": ["pivoting", "jumping", "running", "squatting"],
        "overview": """\
<p>Ligaments are strong bands of tissue that join your bones and keep your knee steady. A sprain means a ligament has been stretched or torn.</p>
<p>Two ligaments are hurt most often:</p>
<ul>
<li>The ACL (anterior cruciate ligament) crosses inside the middle of your knee.</li>
<li>The MCL (medial collateral ligament) runs down the inner side of your knee.</li>
</ul>
<p>Sprains can be mild, with a small stretch, or severe, with a full tear. Many heal well with rest and exercises. A badly torn ACL sometimes needs surgery.</p>
""",
        "symptoms": """\
<p>Symptoms usually start right after an injury. You may notice:</p>
<ul>
<li>pain, often sudden and sharp</li>
<li>a pop or snap at the moment of injury</li>
<li>swelling, sometimes within a few hours</li>
<li>pain on the inner side of your knee, with an MCL sprain</li>
<li>a feeling that your knee is loose or gives way</li>
<li>trouble putting weight on your leg</li>
</ul>
<p>A pop, fast swelling and a knee that gives way are common signs of an ACL tear. These need to be checked the same day.</p>
""",
        "causes": """\
<p>Most sprains happen during sports. Common causes include:</p>
<ul>
<li>a sudden twist or turn while your foot stays planted</li>
<li>stopping suddenly or changing direction fast</li>
<li>landing badly from a jump</li>
<li>a blow to the side of your knee, such as in a tackle</li>
</ul>
<p>Sports like soccer, basketball, rugby and skiing carry a higher risk. Weak thigh muscles, tiredness and poor landing form can make a sprain more likely. A past knee injury also raises the risk.</p>
""",
        "self_care": """\
<p>First, check the warning signs on this page. Some sprains need care today. If none of them apply, you can:</p>
<ul>
<li>rest your knee and avoid sports</li>
<li>hold an ice pack in a thin towel on your knee for 15 to 20 minutes, every few hours</li>
<li>take pain relief if you need it, checking with a pharmacist if you have other health problems</li>
<li>use a knee support or compression sleeve for comfort</li>
<li>gently bend and straighten your knee as the pain allows</li>
</ul>
<p>Use crutches if it hurts to walk.</p>
""",
        "treatment": """\
<p>Treatment depends on which ligament is hurt and how badly.</p>
<ul>
<li>Most MCL sprains heal without surgery. A brace and physio (physical therapy) are usually enough.</li>
<li>Many ACL tears are treated with physio first. This builds the muscles that keep your knee steady.</li>
<li>If your knee keeps giving way, or you play sports with lots of turning, you may need surgery. The surgeon rebuilds the ligament (ACL reconstruction).</li>
</ul>
<p>A doctor may use a scan (MRI) to see how bad the damage is. Recovery can take a few weeks for a mild sprain. It can take many months after ACL surgery.</p>
""",
        "prevention": """\
<ul>
<li>Warm up well before sports, with moving stretches like leg swings and lunges.</li>
<li>Keep the muscles at the front and back of your thighs strong.</li>
<li>Practice landing softly, with your knees bent and in line with your toes.</li>
<li>Learn to turn and change direction with good control.</li>
<li>Wear shoes with the right grip for your sport and surface.</li>
<li>Rest when you are tired, since that is when form slips.</li>
</ul>
<p>If you have hurt your knee before, finish your rehab before you go back to sports.</p>
""",
        "care_advice": [
            {
                "urgency": "emergency",
                "heading": "Your knee looks out of place",
                "action": "Call your local emergency number or go to the emergency department now.",
                "points": [
                    "Your knee or kneecap looks out of place or the wrong shape.",
                    "Your foot or lower leg is numb, cold or pale after the injury.",
                ],
            },
            {
                "urgency": "urgent",
                "heading": "A new injury that needs checking today",
                "action": "Get seen today: call the clinic for a same-day appointment or go to urgent care.",
                "points": [
                    "You could not take 4 steps right after the injury, and still cannot.",
                    "You cannot bend your knee to a right angle.",
                    "Your knee swelled up within a few hours of the injury.",
                    "Your knee gives way right after the injury.",
                    "You are 55 or older and hurt your knee in the last week.",
                ],
            },
            {
                "urgency": "routine",
                "heading": "Your knee is slow to get better",
                "action": "Book an appointment with the clinic or a physio.",
                "points": [
                    "You hurt your knee more than a week ago and it is not getting better.",
                    "Your knee keeps giving way, long after the injury.",
                    "Your pain is not better after 2 to 3 weeks of self-care.",
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
        "also_known_as": [
            "Wear and tear arthritis",
            "Arthritis of the knee",
            "OA",
        ],
        "summary": (
            "The smooth cartilage in the knee slowly wears thin, causing pain and stiffness. "
            "Staying active with the right kind of exercise is one of the best treatments."
        ),
        "icd10_codes": ["M17.0", "M17.10", "M17.11", "M17.12", "M17.9"],
        "onset": "wear",
        "areas": ["whole", "inner"],
        "activities": ["walking", "stairs", "squatting", "kneeling"],
        "overview": """\
<p>This is the most common kind of arthritis in the knee. It is often called wear and tear arthritis.</p>
<p>The ends of your bones are covered in smooth, slippery tissue (cartilage). In osteoarthritis, this cartilage slowly gets thinner and rougher. The joint may not move as smoothly, and it can become sore and stiff.</p>
<p>It is more common as you get older, but it can start earlier. It is a long-term condition. But there is a lot you can do to ease pain and stay active. Exercise does not wear your knee out faster. In fact, the right exercise helps.</p>
""",
        "symptoms": """\
<p>Symptoms often come and go. You may notice:</p>
<ul>
<li>an aching pain in your knee, often worse after activity or at the end of the day</li>
<li>stiffness, mostly in the morning or after sitting still</li>
<li>some swelling around your knee</li>
<li>a grinding or crackling feeling when you move</li>
<li>pain on stairs, when kneeling or when you get up from a chair</li>
<li>a knee that feels weak or less steady</li>
</ul>
<p>Pain is often felt across the whole knee or on the inner side.</p>
""",
        "causes": """\
<p>Doctors do not know one single cause. Several things make it more likely:</p>
<ul>
<li>getting older</li>
<li>carrying extra body weight, which adds load to your knees</li>
<li>an old knee injury, such as a torn ligament or cartilage</li>
<li>weak thigh muscles</li>
<li>a family history of arthritis</li>
<li>years of heavy work that involves a lot of kneeling or squatting</li>
</ul>
<p>Exercise can make pain flare up for a while, mostly in activities where your knee carries your weight. But regular, well-planned exercise is good for your joints.</p>
""",
        "self_care": """\
<ul>
<li>Keep moving. Walking, swimming and cycling are good choices.</li>
<li>Do strength exercises for your thighs a few times a week.</li>
<li>Pace yourself. Spread harder tasks through the day and rest between them.</li>
<li>Use an ice pack wrapped in a thin towel for 15 to 20 minutes when your knee is sore.</li>
<li>Take pain relief if you need it. Check with a pharmacist first if you have other health problems or take other medicines.</li>
<li>Wear supportive shoes with good cushioning.</li>
<li>If you carry extra weight, losing some can ease the load on your knees.</li>
</ul>
""",
        "treatment": """\
<p>Exercise is one of the main treatments. A physio (physical therapist) can give you a plan to build strength and keep your knee moving.</p>
<p>Other treatments include:</p>
<ul>
<li>painkillers, including creams or gels you rub on your knee</li>
<li>a knee support or a cane to take some strain off</li>
<li>shoe inserts, in some cases</li>
<li>a steroid injection into the knee, to ease a bad flare-up for a while</li>
</ul>
<p>If pain is severe and other treatments have not helped, a surgeon may suggest a knee replacement. Most people never need one.</p>
""",
        "prevention": """\
<p>You cannot always prevent osteoarthritis, but you can lower your risk and slow it down:</p>
<ul>
<li>Stay active with regular, low-impact exercise.</li>
<li>Keep your thigh muscles strong.</li>
<li>Aim for a healthy weight.</li>
<li>Warm up before exercise and build up slowly.</li>
<li>Take care of knee injuries and finish your rehab before you return to sports.</li>
</ul>
<p>Even if you already have it, these steps can help you keep doing the things you enjoy.</p>
""",
        "care_advice": [
            {
                "urgency": "emergency",
                "heading": "A hot, swollen knee with a fever",
                "action": "Call your local emergency number or go to the emergency department now.",
                "points": [
                    "Your knee is hot, red and swollen.",
                    "You also have a fever or shivers.",
                    "This can be a sign of an infection in the joint.",
                ],
            },
            {
                "urgency": "urgent",
                "heading": "A sudden change in your knee",
                "action": "Get seen today: call the clinic for a same-day appointment or go to urgent care.",
                "points": [
                    "Your knee is hot and swollen, but you do not have a fever.",
                    "You have constant pain at night or when you rest.",
                    "You are losing weight without trying.",
                    "After a fall or twist, you cannot take 4 steps, even with a limp.",
                ],
            },
            {
                "urgency": "routine",
                "heading": "Pain is getting in the way of daily life",
                "action": "Book an appointment with the clinic or a physio.",
                "points": [
                    "Your pain is not better after 2 to 3 weeks of self-care.",
                    "Pain or stiffness stops you doing everyday tasks.",
                    "Your knee often feels weak or gives way.",
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
        "also_known_as": [
            "Torn cartilage",
            "Cartilage tear",
            "Meniscus injury",
            "Torn meniscus",
        ],
        "summary": (
            "A tear in one of the two rubbery pads that cushion your knee. "
            "It often happens when you twist your knee while it is bent."
        ),
        "icd10_codes": ["S83.206A", "S83.207A", "S83.209A"],
        "onset": "injury",
        "areas": ["inner", "outer", "back"],
        "activities": ["pivoting", "squatting", "kneeling", "jumping"],
        "overview": """\
<p>Your knee has two C-shaped pads of tough, rubbery cartilage. Each one is called a meniscus. One sits on the inner side of your knee and one on the outer side.</p>
<p>They sit between your thigh bone and shin bone. They work like shock absorbers and help keep your knee steady.</p>
<p>A meniscus can tear during sports, often with a twist. In older adults, it can also tear with a small movement, because the cartilage gets weaker with age. Many tears get better without surgery.</p>
""",
        "symptoms": """\
<p>You may notice:</p>
<ul>
<li>pain on the inner or outer side of your knee, or at the back</li>
<li>swelling that builds up over a day or so</li>
<li>pain when you twist, squat or kneel</li>
<li>a catching or clicking feeling inside your knee</li>
<li>your knee getting stuck, so you cannot fully straighten it (locking)</li>
<li>a feeling that your knee may give way</li>
</ul>
<p>A knee that locks and will not straighten needs to be seen the same day.</p>
""",
        "causes": """\
<p>In younger people, a tear usually happens during sports. Common causes include:</p>
<ul>
<li>twisting or turning while your foot is planted and your knee is bent</li>
<li>a sudden stop or change of direction</li>
<li>deep squatting, mostly with a heavy weight</li>
<li>a tackle or fall</li>
</ul>
<p>A meniscus tear can happen at the same time as a ligament injury, such as an ACL tear.</p>
<p>As you get older, the meniscus gets thinner and weaker. A tear can then happen with an everyday movement, like getting up from a squat.</p>
""",
        "self_care": """\
<p>First, check the warning signs on this page. If none of them apply, you can:</p>
<ul>
<li>rest your knee and avoid twisting, deep squats and kneeling</li>
<li>hold an ice pack in a thin towel on your knee for 15 to 20 minutes, every few hours</li>
<li>take pain relief if you need it, checking with a pharmacist if you have other health problems</li>
<li>gently bend and straighten your knee as the pain allows</li>
<li>start gentle exercises like straight-leg raises as the pain settles</li>
</ul>
""",
        "treatment": """\
<p>Many tears settle with time, rest and exercise. A physio (physical therapist) can give you exercises to strengthen the muscles around your knee. Strong muscles help protect the torn cartilage.</p>
<p>A doctor may use a scan (MRI) to look at the tear.</p>
<p>Surgery may help if your knee keeps locking or the tear is large. It is usually keyhole surgery (arthroscopy). The surgeon may repair the tear or trim away the torn part.</p>
<p>Recovery can take a few weeks for a small tear. It may take a few months after surgery.</p>
""",
        "prevention": """\
<ul>
<li>Warm up before sports, with moving stretches like leg swings and lunges.</li>
<li>Keep the muscles at the front and back of your thighs strong.</li>
<li>Practice turning and landing with good control, keeping your knees in line with your toes.</li>
<li>Take care with deep squats, mostly when you lift heavy weights.</li>
<li>Wear shoes with the right grip for your sport.</li>
<li>Build up your training a little at a time.</li>
</ul>
""",
        "care_advice": [
            {
                "urgency": "urgent",
                "heading": "Your knee locks or swells fast",
                "action": "Get seen today: call the clinic for a same-day appointment or go to urgent care.",
                "points": [
                    "Your knee is stuck and you cannot straighten it.",
                    "Your knee swelled up within a few hours of an injury.",
                    "Your knee gives way right after an injury.",
                    "You could not take 4 steps right after the injury, and still cannot.",
                    "You cannot bend your knee to a right angle.",
                ],
            },
            {
                "urgency": "routine",
                "heading": "Catching or pain that does not settle",
                "action": "Book an appointment with the clinic or a physio.",
                "points": [
                    "Your knee clicks or catches, and it hurts when it does.",
                    "You hurt your knee more than a week ago and it is not getting better.",
                    "Your pain is not better after 2 to 3 weeks of self-care.",
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
