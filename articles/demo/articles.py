"""Demo patient-education articles about knee pain from exercise."""

ARTICLES: list[dict] = [
    {
        "slug": "why-exercise-can-hurt-your-knee",
        "title": "Why exercise can make your knee hurt",
        "topic": "causes",
        "summary": (
            "Knee pain during or after exercise is common. "
            "Learn the main reasons it happens and what you can change."
        ),
        "body": """\
<p>Exercise is one of the best things you can do for your health. But sometimes it leaves your knee sore. This is very common. It is often easy to fix once you know the cause.</p>
<p>Most knee pain from exercise comes from one or more of the reasons below.</p>
<h2>Your thigh muscles are out of balance</h2>
<p>Two big groups of muscles control your knee. The muscles at the front of your thigh (quadriceps) straighten it. The muscles at the back of your thigh (hamstrings) bend it.</p>
<p>These muscles work as a team. One side may be much weaker or tighter than the other. Then your knee may not move smoothly. Over time, this puts extra strain on the joint and can cause pain.</p>
<p>Exercises that work both groups can help. Squats, lunges and bridges are good examples. Our article on <a href="/articles/preventing-knee-pain-from-exercise/">ways to protect your knees</a> has more ideas.</p>
<h2>Your form is off</h2>
<p>How you move matters as much as how much you move. Your knees should stay in line with your hips and ankles. If your knees drop inward or push outward, the joint takes more stress than it should.</p>
<p>This can happen when you run, jump or lift weights. It can also happen in simple moves like squats. Tired muscles make it more likely. Our article on <a href="/articles/exercise-technique-and-knee-alignment/">exercise technique</a> has simple checks you can try.</p>
<h2>You are doing too much, too soon</h2>
<p>Doing the same movement over and over, without enough rest, can overload your knee. Running, jumping and cycling are common examples. Doctors call this an overuse injury.</p>
<p>The risk is highest when you change your training quickly. You might run much farther, train more days a week, or add hills all at once. Your muscles, tendons and joints need time to get used to new demands.</p>
<p>Rest days are part of training, not a break from it. They give your body time to repair and grow stronger.</p>
<h2>You have hurt your knee before</h2>
<p>An old injury can leave your knee weak or less steady. Common examples are a sprain or a torn pad of cartilage. If the knee did not fully heal, it may hurt again when you push it hard.</p>
<p>After an injury, a physical therapist can help. They can give you exercises to build back your strength.</p>
<h2>Your knees carry extra weight</h2>
<p>Your knees take a lot of force with every step. When you run or jump, that force goes up a lot. Extra body weight adds to the load on the joint.</p>
<p>Losing even a little weight can ease the strain on your knees. Gentle activities like swimming and cycling let you stay active while you work on this.</p>
<h2>Common knee problems linked to exercise</h2>
<p>These causes can lead to some common knee problems:</p>
<ul>
<li>Pain around the kneecap, often called runner's knee (patellofemoral pain syndrome)</li>
<li>A stretched or torn band that holds the knee together (ligament sprain)</li>
<li>Arthritis in the knee (osteoarthritis), which is more common as we get older</li>
<li>A torn cushion of cartilage inside the knee (meniscus tear)</li>
</ul>
<p>To learn more about the parts of your knee, read <a href="/articles/how-your-knee-works/">how your knee works</a>.</p>
<h2>What you can do now</h2>
<p>Most knee pain from exercise gets better with rest and simple self-care. Find out <a href="/articles/what-to-do-when-your-knee-hurts-after-exercise/">what to do when your knee hurts after exercise</a>.</p>
<p>Some knee pain needs to be checked sooner. Read <a href="/articles/when-to-get-help-for-knee-pain/">when to get help for knee pain</a> to learn the warning signs.</p>
""",
    },
    {
        "slug": "preventing-knee-pain-from-exercise",
        "title": "Warm up, build strength and other ways to protect your knees",
        "topic": "prevention",
        "summary": (
            "Simple habits can help you stay active without sore knees. "
            "Here are the ones that make the biggest difference."
        ),
        "body": """\
<p>You can do a lot to keep your knees healthy while you exercise. None of these steps take much time. Together, they lower your chance of knee pain.</p>
<h2>Build strong muscles around your knee</h2>
<p>Strong muscles take pressure off your knee joint. They also help keep your kneecap moving smoothly.</p>
<p>Work the muscles at the front of your thigh (quadriceps) and the back of your thigh (hamstrings). Keeping them in balance matters. Try to do strength work two or three times a week. Good choices include:</p>
<ul>
<li>Squats, only as low as feels comfortable</li>
<li>Lunges, forward or backward</li>
<li>Bridges, lifting your hips while lying on your back</li>
<li>Step-ups onto a low step</li>
</ul>
<p>Start with a few of each and add more over time. Strong hip and core muscles help too.</p>
<h2>Warm up before you start</h2>
<p>A warm-up gets blood flowing to your muscles. It makes them looser and readier for work. Spend 5 to 10 minutes on it before every workout.</p>
<p>Start with easy movement, such as brisk walking or a slow jog. Then add moving stretches (dynamic stretches). These are stretches you do while you move, not while you stay still. Try:</p>
<ul>
<li>Walking lunges</li>
<li>Leg swings, forward and back and side to side</li>
<li>Gentle knee circles</li>
</ul>
<h2>Stretch when you finish</h2>
<p>After exercise, take a few minutes to cool down. Slow your pace, then stretch the front and back of your thighs and your calves. Hold each stretch for about 20 to 30 seconds. Stretching helps keep your muscles flexible and balanced.</p>
<h2>Mix up your training</h2>
<p>Doing the same activity every day puts the same stress on your knees. Mixing things up spreads the load.</p>
<p>Gentle, low-impact activities are kind to your knees. Good options include:</p>
<ul>
<li>Swimming or water exercise</li>
<li>Cycling</li>
<li>Yoga</li>
</ul>
<p>For example, you could swap one run a week for a swim or a bike ride.</p>
<h2>Wear the right shoes</h2>
<p>Good shoes help absorb the shock of each step. Choose shoes made for your sport, with good cushioning and support. Replace them when they start to feel flat or worn out.</p>
<h2>Build up slowly</h2>
<p>Many knee problems start when people do too much, too soon. Your body needs time to adjust to new demands.</p>
<p>Increase how far, how long or how hard you train only a little at a time. Change one thing at a time, not all three at once. Plan easy weeks and rest days too.</p>
<h2>Listen to your knees</h2>
<p>Pain is a signal that something needs attention. Do not push through sharp pain or pain that keeps getting worse. Ease off, rest and let it settle.</p>
<p>Have you had knee pain or a knee injury before? Then talk to a physical therapist before you start a new plan. They can help you choose the right exercises. For help with your form, read <a href="/articles/exercise-technique-and-knee-alignment/">exercise technique and knee alignment</a>.</p>
<h2>If your knee still hurts</h2>
<p>Some knee pain needs a check-up. Read <a href="/articles/when-to-get-help-for-knee-pain/">when to get help for knee pain</a> to learn the signs to watch for.</p>
""",
    },
    {
        "slug": "exercise-technique-and-knee-alignment",
        "title": "Exercise technique: keep your knees in line",
        "topic": "technique",
        "summary": (
            "Good form spreads the load evenly through your knee. "
            "Learn how to line up your body and what to watch out for."
        ),
        "body": """\
<p>How you move has a big effect on your knees. Good form spreads the load evenly through the joint. Poor form can put extra strain on one part of it. Over time, that strain can cause pain.</p>
<p>The tips below work for most exercises. This includes running, squats, lunges, jumping and lifting weights.</p>
<h2>Keep your knees in line</h2>
<p>Your knees should point the same way as your toes. Picture a straight line from your hip, through your knee, to your ankle. Try to keep that line as you move.</p>
<p>Watch that your knees do not drop inward toward each other. This is very common when you squat, land from a jump or go down stairs. Also watch that they do not push out to the sides.</p>
<p>A simple check is to squat slowly in front of a mirror. Your knees should stay over your feet the whole time.</p>
<h2>Keep your back in a natural position</h2>
<p>Your back has a gentle natural curve. Try to keep that shape while you exercise. Doctors call this a neutral spine. Do not round your back or arch it too much.</p>
<p>A good back position helps the rest of your body line up too. That includes your hips and knees.</p>
<h2>Brace your core</h2>
<p>Your core is the ring of muscles around your belly and lower back. Tighten these muscles gently before you lift or squat. It should feel like getting ready for a light poke in the stomach.</p>
<p>A firm core keeps your body steady. That means your knees do not have to work as hard to keep you balanced.</p>
<h2>Land softly</h2>
<p>When you jump or run, land with your knees slightly bent. Let your legs soak up the impact. Try not to land with your legs straight or locked.</p>
<h2>Good form at a glance</h2>
<table>
<thead>
<tr><th>Good form</th><th>Watch out for</th></tr>
</thead>
<tbody>
<tr><td>Knees point the same way as your toes</td><td>Knees dropping inward toward each other</td></tr>
<tr><td>Hips, knees and ankles in a straight line</td><td>Knees pushing out to the sides</td></tr>
<tr><td>Back in its natural shape</td><td>A rounded or overly arched back</td></tr>
<tr><td>Core muscles gently tightened</td><td>A loose, wobbly middle</td></tr>
<tr><td>Soft landings with bent knees</td><td>Landing with stiff, straight legs</td></tr>
<tr><td>Slow, steady movements</td><td>Rushing, or lifting more than you can control</td></tr>
</tbody>
</table>
<h2>Slow down and go lighter</h2>
<p>Form often slips when you are tired or when the weight is too heavy. Move slowly enough to stay in control. If your form breaks down, lower the weight or take a rest.</p>
<p>Good shoes help too. Pick shoes made for your sport that give your feet support.</p>
<h2>Get someone to check your form</h2>
<p>It can be hard to see your own form. A coach, a qualified trainer or a physical therapist can watch you move. They can spot problems early and show you how to fix them.</p>
<p>You can also film yourself on your phone. Watch it back in slow motion to see where your knees go.</p>
<p>Good form works best with strong muscles and a proper warm-up. Read <a href="/articles/preventing-knee-pain-from-exercise/">ways to protect your knees</a> to learn more.</p>
<h2>If your knee hurts</h2>
<p>Stop if you feel sharp pain while you exercise. Read <a href="/articles/when-to-get-help-for-knee-pain/">when to get help for knee pain</a> to know when to see someone about it.</p>
""",
    },
    {
        "slug": "what-to-do-when-your-knee-hurts-after-exercise",
        "title": "What to do when your knee hurts after exercise",
        "topic": "treatment",
        "summary": (
            "Most knee pain after exercise gets better with simple care at home. "
            "Here is what you can do to ease the pain and help it heal."
        ),
        "body": """\
<p>A sore knee after exercise is common. Most of the time it settles with simple care at home. This page tells you what to do.</p>
<h2>First, check for warning signs</h2>
<p>Home care is only for a knee with no warning signs. Read <a href="/articles/when-to-get-help-for-knee-pain/">when to get help for knee pain</a> first. It lists the signs that mean you need help today, or right away.</p>
<p>If you cannot take 4 steps on your leg, get seen today. Crutches can help you get around, but they do not replace that visit.</p>
<h2>Simple steps to take</h2>
<ol>
<li>Stop the activity that caused the pain.</li>
<li>Protect your knee for a few days.</li>
<li>Raise your leg and use ice to ease pain and swelling.</li>
<li>Take pain relief if you need it.</li>
<li>Start gentle exercises as the pain settles.</li>
<li>Go back to your usual activity bit by bit.</li>
</ol>
<h2>Protect your knee</h2>
<p>Take a break from moves that hurt, such as running, jumping and deep squats. This does not mean staying in bed. Gentle walking around the house is fine if it does not hurt.</p>
<h2>Raise it and wrap it</h2>
<p>When you sit, rest your leg on a stool or pillow. Try to keep your knee above the level of your heart. This helps the swelling go down.</p>
<p>A soft elastic wrap or sleeve can also help with swelling. It should feel snug, not tight. Loosen it if your foot tingles or goes numb. If that does not pass, get help now.</p>
<h2>Ice</h2>
<p>Wrap ice or a bag of frozen peas in a cloth. Hold it on your knee for 15 to 20 minutes. You can do this every few hours.</p>
<p>Never put ice straight on your skin, because it can burn. Never use ice on skin that is numb, or on a foot that is cold and pale.</p>
<h2>Pain relief</h2>
<p>After an injury, try acetaminophen (paracetamol) first. Do not take more than the daily limit on the pack. Do not take it with other medicines that also contain it. Ask a doctor first if you have liver disease or have 3 or more alcoholic drinks a day.</p>
<p>Anti-inflammatory pain relief, such as ibuprofen or naproxen, can ease pain and swelling. After an injury, wait 48 hours before you take it. It may slow healing in the first few days.</p>
<p>These medicines are not safe for everyone. Use the lowest dose that helps, for the shortest time. Never take two of them together. That includes a daily aspirin.</p>
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
<h2>Gentle exercises</h2>
<p>Once the pain starts to settle, gentle exercises help your knee get stronger. Start slowly and stop if the pain gets worse.</p>
<ul>
<li><strong>Straight-leg raises:</strong> Lie on your back. Tighten your thigh and lift your straight leg a little off the bed. Hold for a few seconds, then lower it slowly.</li>
<li><strong>Hamstring curls:</strong> Stand and hold on to a chair. Bend your knee to lift your heel up behind you. Lower it slowly.</li>
<li><strong>Thigh stretches:</strong> Stand and hold on to a chair. Hold your ankle and gently pull your heel up behind you. You should feel a stretch in the front of your thigh.</li>
</ul>
<p>Aim for about 10 of each, once or twice a day. A physical therapist can give you a plan that fits your knee.</p>
<h2>Load it bit by bit</h2>
<p>Your knee heals best when you use it. As the pain eases, do a little more each day. Let pain be your guide.</p>
<p>This plan is known as PEACE &amp; LOVE: protect, elevate, compress with care, then load gradually. Staying active in other ways, like swimming, helps too.</p>
<h2>Knee supports</h2>
<p>A knee support or a snug sleeve (compression sleeve) can help your knee feel more steady. It may ease pain while you move. Ask a pharmacist or a physical therapist which type is right for you.</p>
<h2>How each step helps</h2>
<table>
<thead>
<tr><th>What to do</th><th>How it helps</th></tr>
</thead>
<tbody>
<tr><td>Protect your knee</td><td>Gives it time to heal</td></tr>
<tr><td>Raise it and wrap it</td><td>Helps the swelling go down</td></tr>
<tr><td>Ice in a cloth</td><td>Eases pain and swelling</td></tr>
<tr><td>Pain relief</td><td>Makes it easier to move</td></tr>
<tr><td>Gentle exercises</td><td>Builds strength and keeps your knee moving</td></tr>
<tr><td>More load, bit by bit</td><td>Helps your knee heal strong</td></tr>
</tbody>
</table>
<h2>Going back to exercise</h2>
<p>When your knee feels better, build up your activity slowly. Read <a href="/articles/getting-back-to-exercise-after-knee-pain/">getting back to exercise after knee pain</a> for a step-by-step plan.</p>
<h2>When home care is not enough</h2>
<p>If your pain is not better after 2 to 3 weeks, book an appointment with the clinic. If a warning sign appears at any time, read <a href="/articles/when-to-get-help-for-knee-pain/">when to get help for knee pain</a>.</p>
""",
    },
    {
        "slug": "when-to-get-help-for-knee-pain",
        "title": "When to get help for knee pain",
        "topic": "when_to_get_help",
        "summary": (
            "Most knee pain gets better at home, but some signs need help fast. "
            "This guide tells you what to do and who to call."
        ),
        "body": """\
<p>Most knee pain from exercise gets better with care at home. But some signs mean you need help today, or even right away.</p>
<p>The warning signs are listed below this guide. This guide tells you what to do if you have one.</p>
<h2>Use the knee self-check</h2>
<p>Our <a href="/triage/">knee self-check</a> asks a few short questions. Then it tells you what kind of help to get, and how soon. It is for adults aged 18 and over. It does not tell you what is wrong. It is not a diagnosis.</p>
<h2>If you need help right away</h2>
<p>Call the emergency number now, or go to the emergency room (ER). Do not drive yourself there.</p>
<p>If you have chest pain, trouble breathing or feel very unwell, call for an ambulance. Do not wait for a ride.</p>
<p>Tell the person on the phone what happened and when. Tell them if you take a blood thinner.</p>
<h2>If you need to be seen today</h2>
<p>Call the clinic and ask for a same-day appointment. Say that you need to be seen today, and why.</p>
<p>If the clinic cannot see you today, go to urgent care. The warning signs below say what to do if everything is closed.</p>
<p>Some signs need a doctor, not a physical therapist. When you call, tell them your signs. They will help you see the right person.</p>
<h2>What to have ready</h2>
<p>When you call or visit, it helps to know:</p>
<ul>
<li>when and how the pain started</li>
<li>what makes it better or worse</li>
<li>the medicines you take, including any blood thinner</li>
<li>any knee surgery, or shots into the knee, that you have had</li>
</ul>
<p>Bring your insurance card and a photo ID. Wear shorts or loose pants, so the knee is easy to look at.</p>
<h2>If you are not sure</h2>
<blockquote>Call the clinic. It is always fine to ask.</blockquote>
<h2>If you do not need help today</h2>
<p>With none of the warning signs, you can most likely care for your knee at home. Read <a href="/articles/what-to-do-when-your-knee-hurts-after-exercise/">what to do when your knee hurts after exercise</a> to learn how.</p>
<p>Book an appointment with the clinic if your pain is not better after 2 to 3 weeks of self-care. Book one too if the pain stops you from doing your usual things.</p>
<p>Keep an eye on your knee. If a warning sign appears later, get help as the list below says.</p>
<h2>Children and teens</h2>
<p>If you are under 18, contact the clinic or a doctor within a few days. With a warning sign, get help as the list below says.</p>
""",
    },
    {
        "slug": "how-your-knee-works",
        "title": "How your knee works",
        "topic": "causes",
        "summary": (
            "Your knee is made of bones, cartilage, tendons and strong bands of tissue. "
            "Learn how the parts work as a team, and why they can hurt."
        ),
        "body": """\
<p>Your knee is the largest joint in your body. It carries your weight when you stand, walk, run and jump. It lets your leg bend and straighten, and it twists a little too.</p>
<p>Knowing the parts of your knee can help you understand where pain comes from.</p>
<h2>The bones</h2>
<p>Three bones meet at your knee:</p>
<ul>
<li>The thigh bone (femur) sits on top.</li>
<li>The shin bone (tibia) sits below.</li>
<li>The kneecap (patella) sits at the front.</li>
</ul>
<p>Your kneecap is a small, flat bone. As you bend your knee, it slides in a groove at the end of your thigh bone. It helps your thigh muscles straighten your leg with less effort.</p>
<h2>The cartilage</h2>
<p>The ends of the bones are covered in smooth, slippery tissue (cartilage). It lets the bones glide over each other without rubbing.</p>
<p>Your knee also has two C-shaped pads of tough, rubbery cartilage. These are called the menisci. One is called a meniscus. There is one on the inner side of your knee and one on the outer side. They sit between your thigh bone and shin bone. They work like shock absorbers and help keep your knee steady.</p>
<h2>The ligaments</h2>
<p>Ligaments are strong bands of tissue. They join bone to bone and keep your knee steady. Your knee has four main ones:</p>
<ul>
<li>Two cross over each other in the middle of your knee. They are the ACL and the PCL. They stop your shin bone from sliding too far forward or back.</li>
<li>One runs down the inner side of your knee. This is the MCL.</li>
<li>One runs down the outer side of your knee. This is the LCL.</li>
</ul>
<p>The two side bands stop your knee from bending too far sideways. Each set of letters is short for a longer name. For example, ACL stands for anterior cruciate ligament. MCL stands for medial collateral ligament.</p>
<h2>The muscles and tendons</h2>
<p>Tendons are tough cords that join muscles to bones. When a muscle tightens, it pulls on its tendon, and the joint moves.</p>
<p>The big muscles at the front of your thigh (quadriceps) straighten your knee. The muscles at the back of your thigh (hamstrings) bend it. The tendon below your kneecap joins your thigh muscles to your shin bone.</p>
<h2>How problems start</h2>
<p>All these parts need to work together. Problems can start when one part is under too much strain. For example:</p>
<ul>
<li>Weak or tight thigh muscles can pull your kneecap off track. This can cause pain around the kneecap, often called runner's knee (patellofemoral pain syndrome).</li>
<li>A sudden twist or turn can stretch or tear a ligament. This is called a sprain. The ACL and MCL are often affected.</li>
<li>A twist while your knee is bent can tear a meniscus (meniscus tear).</li>
<li>Over the years, the smooth cartilage can get thinner, and the bone around it changes. This is arthritis in the knee (osteoarthritis). Using your knee does not wear it out.</li>
<li>Doing the same movement too often can make a tendon sore and stiff. Doctors call this tendinopathy.</li>
</ul>
<p>Learn more about the common reasons in <a href="/articles/why-exercise-can-hurt-your-knee/">why exercise can make your knee hurt</a>.</p>
<h2>When to get help</h2>
<p>Some knee problems need a check-up, and some need care fast. Read <a href="/articles/when-to-get-help-for-knee-pain/">when to get help for knee pain</a> to learn the signs.</p>
""",
    },
    {
        "slug": "getting-back-to-exercise-after-knee-pain",
        "title": "Getting back to exercise after knee pain",
        "topic": "recovery",
        "summary": (
            "Once your knee feels better, a slow and steady return helps you stay active. "
            "Use pain as your guide and build up a little at a time."
        ),
        "body": """\
<p>When your knee starts to feel better, you may want to get straight back to your usual routine. It is worth taking it slowly. A gradual return gives your knee time to get strong again. It also lowers the chance that the pain comes back.</p>
<h2>Before you start</h2>
<p>You are usually ready to begin when:</p>
<ul>
<li>you can walk normally without a limp</li>
<li>your knee is not swollen</li>
<li>you can bend and straighten your knee fully, or nearly fully</li>
<li>everyday tasks, like using the stairs, cause little or no pain</li>
</ul>
<p>If you had an injury or saw a physical therapist, follow their advice first.</p>
<h2>Use pain as your guide</h2>
<p>Think of your pain on a scale from 0 to 10. Zero means no pain at all. Ten means the worst pain you can imagine.</p>
<p>Many physical therapists use a simple guide. Mild pain, up to about 3 or 4 out of 10, is often okay during exercise. But it should settle by the next day. This is a general guide, not a strict rule. Your own therapist may give you different advice.</p>
<table>
<thead>
<tr><th>How your knee feels</th><th>What it usually means</th></tr>
</thead>
<tbody>
<tr><td>No pain, or mild pain up to about 3 or 4 that is gone by the next day</td><td>You can carry on, and slowly do a little more</td></tr>
<tr><td>Pain above 4, or pain that is still there the next day</td><td>Ease off and go back to the last level that felt fine</td></tr>
<tr><td>Sharp pain, or pain that keeps getting worse</td><td>Stop, and check the warning signs in <a href="/articles/when-to-get-help-for-knee-pain/">when to get help for knee pain</a></td></tr>
</tbody>
</table>
<h2>Build up step by step</h2>
<p>Go back to exercise in stages. Only move on when the last stage felt fine for a few sessions.</p>
<ol>
<li>Start with gentle, low-impact activity, like walking, cycling or swimming.</li>
<li>Add strength exercises for your thighs and hips.</li>
<li>Try short, easy sessions of your usual sport.</li>
<li>Slowly make your sessions longer.</li>
<li>Then slowly make them harder or faster.</li>
<li>Add jumping, sprinting or quick turns last.</li>
</ol>
<p>Change only one thing at a time. For example, run a little farther, but keep the same pace. Take rest days between harder sessions.</p>
<h2>Keep active in other ways</h2>
<p>While your knee gets stronger, other activities help you stay fit. Swimming, cycling and yoga put less stress on your knees. Mixing these in is called cross-training. It can keep you active while your knee heals.</p>
<h2>Look after your knees</h2>
<p>Warm up for 5 to 10 minutes before you exercise. Keep up your strength exercises, even when your knee feels fine. Check your form, and wear good shoes. Read <a href="/articles/preventing-knee-pain-from-exercise/">ways to protect your knees</a> for more tips.</p>
<h2>When to stop and get help</h2>
<p>Stop and get advice if your pain keeps getting worse. Read <a href="/articles/when-to-get-help-for-knee-pain/">when to get help for knee pain</a> to learn the signs that need help sooner.</p>
""",
    },
]
