"""Independent English PII evaluation set (templates + Faker fill).

Provenance
----------
This set was written WITHOUT reading the PII detector, its rules, its tests,
its curation code or its documentation, and without running the detector.
The templates were written from general knowledge of how people actually
write personal data in everyday text, so the set measures the detector
honestly rather than echoing its patterns.

Template categories (``CATEGORIES``)
------------------------------------
customer-support chats, emails (greetings / signatures), clinic and medical
notes, HR and recruiting notes, security-incident reports, police / patrol
reports, delivery and travel messages, bank / SMS notifications, Slack /
Teams messages, meeting minutes, forms (``label: value``), court / legal
text, school messages, landlord / tenant messages, reviews naming a staff
member, social-media posts, log-like lines, plus a "misc" group of
free-standing everyday sentences.  Names appear at the start of sentences,
as objects, in possessives, in lists, first name only, last name only after
Mr./Ms./Dr./Sgt./Nurse, as full names, inside quotes, and in
lowercase-started chat text.  Roughly half of the templates have no explicit
cue (greeting, title, ``label:`` or signature sign-off) next to any name;
``template_has_cue(i)`` reports the heuristic used.

Placeholders and labels
-----------------------
``{PERSON}``, ``{PERSON2}``, ``{PERSON3}``  -> "First Last" (label PERSON)
``{FIRST_NAME}``, ``{LAST_NAME}``          -> first / last name of {PERSON}
                                              (label PERSON)
``{EMAIL_ADDRESS}``                        -> faker.email()  (EMAIL_ADDRESS)
``{PHONE_NUMBER}``                         -> faker.phone_number()
                                              (PHONE_NUMBER)
``{CITY}``                                 -> faker.city(); filler only,
                                              CITY IS NEVER LABELLED.

Names are built as ``first_name() + " " + last_name()`` rather than
``faker.name()`` because ``name()`` sometimes embeds prefixes/suffixes
("Mr", "Dr.", "MD", "PhD"); titles are written in the templates instead and
are never part of a span.  A placeholder that occurs twice in a template is
filled with the same value and labelled at every occurrence.  Cities whose
words coincide with a Faker first or last name (Faker invents cities such
as "Lake Edward" or "Port Susan") are redrawn so that unlabelled person-like
tokens do not leak into the text; after a few failed draws a real city of the
locale's country is used.

Faker locales
-------------
en_US, en_GB, en_AU, en_IN, en_CA, en_NZ.  Text ``k`` of template ``t`` uses
locale ``LOCALES[(t + k) % 6]`` (deterministic rotation).  Note that Faker's
en_AU and en_CA locales reuse the en_US person-name provider; their phone
numbers and cities are locale-specific.

Halves
------
``en_independent_half("seen")`` keeps even template indices,
``en_independent_half("held_out")`` keeps odd template indices, so no
template contributes to both halves.

PII-free part
-------------
``en_independent_free()`` returns instruction-tuning style texts that mention
famous, historical or fictional people, word-problem names, eponyms, brands
and places.  They contain no personal data of private people and should
produce no detections.

First scores (curate at 27f39e1, dataset profile, full mode): PERSON recall 0.315 on the even
templates and 0.347 on the odd ones (precision 0.99); emails and phones 1.00; 1 of the 70 PII-free
texts altered ("Big Ben"). The odd templates are held out: read only the even ones' misses.
"""
from __future__ import annotations

import random
import re
from collections import Counter

from faker import Faker

from bench.pinned import pinned_day

LOCALES = ["en_US", "en_GB", "en_AU", "en_IN", "en_CA", "en_NZ"]

NAME_SLOTS = ("PERSON", "PERSON2", "PERSON3", "FIRST_NAME", "LAST_NAME")
LABEL_OF = {
    "PERSON": "PERSON",
    "PERSON2": "PERSON",
    "PERSON3": "PERSON",
    "FIRST_NAME": "PERSON",
    "LAST_NAME": "PERSON",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "CITY": None,  # filler, never labelled
}
_SLOT_RE = re.compile(r"\{(" + "|".join(LABEL_OF) + r")\}")

# Each template: (category, gender of {PERSON}/{FIRST_NAME}/{LAST_NAME} or None, text).
# The gender only keeps pronouns in the template plausible; it is not a label.
TEMPLATES: list[tuple[str, str | None, str]] = [
    # ---- customer support chats -------------------------------------------------
    ("support", None, "Hi, this is {PERSON}. My order still hasn't arrived and the tracking page hasn't updated since Monday."),
    ("support", None, "Agent: Thanks for waiting. I've escalated the refund and {FIRST_NAME} from billing will call you back on {PHONE_NUMBER} before 5pm."),
    ("support", "m", "Customer says the charger stopped working after two weeks; {PERSON} already tried a different outlet and a different cable."),
    ("support", None, "can you update the email on my account to {EMAIL_ADDRESS}? the old one got hacked. thanks, {FIRST_NAME}"),
    ("support", None, "I spoke with {PERSON2} yesterday and she promised a replacement, but nobody has contacted me since. The account is under {PERSON}."),
    ("support", None, "Chat transcript\n{PERSON}: hello? is anyone there\n{PERSON}: I was charged twice for the same subscription\nBot: Let me connect you to an agent."),
    ("support", None, "Note on ticket: the {LAST_NAME} family asked that we not call after 8pm; use {EMAIL_ADDRESS} instead."),
    ("support", "f", "Transferred to tier 2. {FIRST_NAME} was polite but frustrated that this is the third time her router has dropped this week."),
    # ---- emails -----------------------------------------------------------------
    ("email", None, "Dear {PERSON},\n\nThank you for your application. We would like to invite you for an interview next Thursday.\n\nKind regards,\n{PERSON2}"),
    ("email", None, "Hi {FIRST_NAME},\n\nJust following up on the invoice I sent last week. Let me know if you need anything else.\n\nCheers,\n{PERSON2}\n{PHONE_NUMBER}"),
    ("email", None, "Thanks so much for the quick turnaround! I've cc'd {PERSON2} who will handle the paperwork from here.\n\nBest,\n{FIRST_NAME}"),
    ("email", "f", "Hello Ms. {LAST_NAME}, your appointment has been moved to Wednesday at 10:30. If this doesn't work, reply to this email or call {PHONE_NUMBER}."),
    ("email", "f", "I forwarded your note to {PERSON} and she'll get back to you by Friday."),
    ("email", None, "From: {PERSON} <{EMAIL_ADDRESS}>\nSubject: Re: lease renewal\n\nSounds good, I'll sign it this weekend."),
    ("email", None, "{PERSON2} mentioned you were looking for a photographer for the wedding - I'd love to help. You can reach me at {EMAIL_ADDRESS}."),
    ("email", None, "Sorry for the delay, {FIRST_NAME}. I was out sick most of last week and only just caught up on my inbox."),
    # ---- clinic / medical notes --------------------------------------------------
    ("medical", "m", "Pt {PERSON}, 54, presented with intermittent chest pain radiating to the left arm. ECG unremarkable. Referred to cardiology."),
    ("medical", None, "Spoke with the patient's daughter, {PERSON2}, who confirmed {FIRST_NAME} has been taking the metformin twice daily."),
    ("medical", None, "Dr. {LAST_NAME} reviewed the MRI and recommends physiotherapy before considering surgery."),
    ("medical", "f", "{PERSON} missed her follow-up again; left a voicemail on {PHONE_NUMBER} asking her to rebook."),
    ("medical", None, "Discharge summary: {PERSON} was admitted with community-acquired pneumonia and responded well to IV antibiotics."),
    ("medical", "f", "Mrs. {LAST_NAME} reports the rash began after starting the new detergent. Advised hydrocortisone cream and review in one week."),
    ("medical", None, "Handover: bed 12 is {PERSON}, post-op day two, mobilising with a frame, pain controlled."),
    ("medical", None, "Pharmacy called about {PERSON}'s prescription - the dose on the script doesn't match the chart."),
    # ---- HR / recruiting ---------------------------------------------------------
    ("hr", None, "Candidate: {PERSON}\nRole: Senior Data Analyst\nNotes: strong SQL, weak on stakeholder management. Recommend second round."),
    ("hr", None, "{PERSON} has accepted the offer and will start on the 14th. Please set up a laptop and badge."),
    ("hr", None, "We interviewed {PERSON}, {PERSON2} and {PERSON3} for the warehouse lead position; {FIRST_NAME} was the clear favourite."),
    ("hr", None, "Performance review for {PERSON}: exceeded targets in Q3 but needs to improve documentation."),
    ("hr", None, "Exit interview notes - {FIRST_NAME} said the main reason for leaving was the commute from {CITY}."),
    ("hr", "m", "Reference check: spoke with {PERSON2}, who managed {PERSON} for three years and described him as reliable and calm under pressure."),
    ("hr", None, "Please remove {PERSON} from the payroll effective end of month; the final payslip will be posted."),
    ("hr", None, "Hi team, please welcome {PERSON} who joins us from {CITY} as our new office manager!"),
    # ---- security incidents ------------------------------------------------------
    ("security", None, "At 02:14 an unusual login was detected on {PERSON}'s account from a new device. The session was terminated and the password reset."),
    ("security", "f", "Phishing report: {PERSON} received an email from {EMAIL_ADDRESS} asking her to confirm her payroll details. Do not click the link."),
    ("security", None, "Incident owner: {PERSON}\nSeverity: High\nSummary: shared drive accidentally made public for approximately 40 minutes."),
    ("security", None, "The laptop assigned to {FIRST_NAME} was reported stolen from a car in {CITY}; a remote wipe has been triggered."),
    ("security", None, "{PERSON2} escalated the alert after noticing repeated MFA prompts that {PERSON} had not requested."),
    ("security", None, "Root cause: a contractor ({PERSON}) reused credentials from a breached site."),
    ("security", "f", "Badge logs show {PERSON} entered the server room at 23:02, which was outside her approved hours."),
    # ---- police / patrol reports -------------------------------------------------
    ("police", None, "Officers responded to a noise complaint at approximately 11:40pm. The caller, {PERSON}, stated the party next door had been going on for hours."),
    ("police", None, "Suspect described as male, mid-30s, wearing a grey hoodie. Witness {PERSON} provided a statement at the scene."),
    ("police", "f", "Victim {PERSON} reported her bicycle stolen from outside the library in {CITY} sometime between 2 and 4 pm."),
    ("police", None, "Sgt. {LAST_NAME} advised the driver to arrange for the vehicle to be towed."),
    ("police", "m", "{PERSON} was cautioned and released. His brother, {PERSON2}, collected him from the station."),
    ("police", None, "I spoke to the complainant by phone ({PHONE_NUMBER}); she said {PERSON2} had been sending threatening messages for two weeks."),
    ("police", None, "Patrol log: checked on {FIRST_NAME} at the bus shelter again, declined shelter referral, appeared well."),
    # ---- delivery / travel -------------------------------------------------------
    ("delivery", None, "Your parcel was left with your neighbour, {PERSON}, at number 14."),
    ("delivery", None, "Driver {FIRST_NAME} is on the way in a silver Toyota Corolla. Call {PHONE_NUMBER} if you can't find the pickup point."),
    ("delivery", None, "Booking confirmed for {PERSON} and {PERSON2}: 2 nights, double room, check-in from 3pm."),
    ("delivery", None, "Hi it's {FIRST_NAME} from the courier, I'm outside but nobody is answering the buzzer."),
    ("delivery", None, "Passenger {PERSON} missed the connecting flight to {CITY} and has been rebooked on the 18:05."),
    ("delivery", None, "Please deliver to the back door and ask for {FIRST_NAME} - the front bell is broken."),
    ("delivery", None, "The tour guide, {PERSON}, will meet the group in the hotel lobby at 8:15."),
    ("delivery", None, "Delivered 14:32. Signed for by: {LAST_NAME}"),
    # ---- bank / SMS notifications ------------------------------------------------
    ("bank_sms", None, "Hi {FIRST_NAME}, a payment of $249.00 to an online electronics store was declined. If this wasn't you, call us on {PHONE_NUMBER}."),
    ("bank_sms", None, "{PERSON} sent you $40.00 with the note 'pizza last night'."),
    ("bank_sms", None, "Transfer received from {PERSON} for rent - your balance has been updated."),
    ("bank_sms", None, "{PERSON} has added you as an authorised user on their credit card account. Reply STOP to opt out."),
    ("bank_sms", None, "Reminder: your joint account with {PERSON2} will be closed as requested. Visit a branch in {CITY} to confirm."),
    ("bank_sms", None, "You requested $15.50 from {PERSON}. We'll let you know when they pay."),
    # ---- Slack / Teams -----------------------------------------------------------
    ("chat", None, "@channel heads up, {FIRST_NAME} is out today so standup is moved to 10."),
    ("chat", "f", "can someone loop in {PERSON}? she owns the billing service"),
    ("chat", None, "thanks {FIRST_NAME}!! that fixed it"),
    ("chat", None, "lol {FIRST_NAME} just spilled coffee all over the whiteboard"),
    ("chat", None, "I think {PERSON2} and {FIRST_NAME} are both on call this weekend, double check with {PERSON3}"),
    ("chat", None, "{LAST_NAME} wants the deck by EOD, who's on it?"),
    ("chat", None, "ok so {FIRST_NAME}'s PR breaks the build on main, reverting for now"),
    ("chat", "f", "DM'd {PERSON} about the access request, waiting on her reply"),
    # ---- meeting minutes ---------------------------------------------------------
    ("minutes", None, "Attendees: {PERSON}, {PERSON2}, {PERSON3}\nApologies: none\n1. Budget review - {FIRST_NAME} presented the Q2 numbers."),
    ("minutes", None, "Action: {PERSON2} to circulate the revised rota by Friday."),
    ("minutes", None, "The chair thanked {PERSON} for organising the summer fair and noted a record turnout."),
    ("minutes", None, "Minutes taken by {PERSON}. Next meeting: first Tuesday of the month."),
    ("minutes", None, "{FIRST_NAME} raised concerns about the parking situation; the committee agreed to write to the council."),
    ("minutes", None, "Motion proposed by {PERSON2}, seconded by {PERSON3}, carried unanimously."),
    # ---- forms (label: value) ----------------------------------------------------
    ("form", None, "Full name: {PERSON}\nEmail: {EMAIL_ADDRESS}\nPhone: {PHONE_NUMBER}\nReason for enquiry: billing"),
    ("form", None, "First name: {FIRST_NAME}\nLast name: {LAST_NAME}\nCity: {CITY}"),
    ("form", None, "Emergency contact: {PERSON2} ({PHONE_NUMBER})"),
    ("form", None, "Applicant | {PERSON}\nReferee | {PERSON2}\nPosition | Barista"),
    ("form", None, "Surname: {LAST_NAME}    Given name(s): {FIRST_NAME}"),
    ("form", None, "Contact person: {PERSON} / {EMAIL_ADDRESS} / {PHONE_NUMBER}"),
    # ---- court / legal -----------------------------------------------------------
    ("legal", None, "IN THE MATTER OF the estate of {PERSON}, deceased."),
    ("legal", None, "The plaintiff, {PERSON}, alleges that the defendant failed to return the security deposit within the statutory period."),
    ("legal", None, "Counsel for {PERSON2} objected to the admission of the text messages."),
    ("legal", None, "{PERSON} v. {PERSON2}: hearing adjourned to a date to be fixed."),
    ("legal", None, "I, {PERSON}, of {CITY}, hereby declare that the information provided is true to the best of my knowledge."),
    ("legal", "f", "The witness, Ms. {LAST_NAME}, testified that she saw the defendant leave the premises at around 9pm."),
    ("legal", None, "This agreement is made between {PERSON} (the Landlord) and {PERSON2} (the Tenant)."),
    # ---- school messages ---------------------------------------------------------
    ("school", None, "Dear parents, {FIRST_NAME} did a wonderful job in the class assembly today!"),
    ("school", None, "{PERSON} was absent on Monday and Tuesday; please provide a note for the attendance record."),
    ("school", None, "Mr. {LAST_NAME} will be covering Year 5 while their regular teacher is on leave."),
    ("school", None, "Reminder that {FIRST_NAME} needs to bring a packed lunch for the museum trip on Friday."),
    ("school", "f", "Hi, it's {PERSON2}, {FIRST_NAME}'s mum - she has a dentist appointment so will be picked up at 1:30."),
    ("school", None, "Congratulations to {PERSON} and {PERSON2}, who both made the regional spelling bee final."),
    ("school", None, "Please contact {PERSON} at {EMAIL_ADDRESS} to volunteer for the bake sale."),
    # ---- landlord / tenant -------------------------------------------------------
    ("landlord", None, "Hi, the boiler in flat 3 isn't working again. {FIRST_NAME} upstairs says theirs is fine."),
    ("landlord", None, "This is a reminder that rent is due on the 1st. Please transfer to the usual account. - {PERSON}"),
    ("landlord", None, "The plumber, {PERSON2}, will come on Thursday morning to look at the leak under the sink."),
    ("landlord", None, "I'm moving out at the end of next month; my new contact number is {PHONE_NUMBER}. Thanks, {FIRST_NAME}"),
    ("landlord", None, "{PERSON} in unit 4B has complained about the noise from the gym downstairs."),
    ("landlord", None, "Notice to {PERSON}: an inspection of the property will take place on the 20th between 10am and 12pm."),
    # ---- reviews naming staff ----------------------------------------------------
    ("review", None, "Our server {FIRST_NAME} was amazing - attentive without being pushy. Will definitely come back!"),
    ("review", None, "Five stars for {PERSON} at the front desk who sorted out our room mix-up in minutes."),
    ("review", "m", "Avoid. The manager, {LAST_NAME} I think, refused to honour the price on the shelf."),
    ("review", None, "Huge thanks to Dr. {LAST_NAME} and the whole team at the {CITY} clinic for looking after my dad."),
    ("review", "f", "{FIRST_NAME} did my colour and I've never had so many compliments. Ask for her!"),
    ("review", None, "The installer ({PERSON}) turned up on time, explained everything and cleaned up afterwards."),
    # ---- social media ------------------------------------------------------------
    ("social", None, "Happy birthday to my best friend {PERSON}!! \U0001F389 can't believe it's been 20 years"),
    ("social", "f", "So proud of my sister {FIRST_NAME} for finishing her first marathon in {CITY} today"),
    ("social", "f", "Does anyone know {PERSON}? She left her wallet at the cafe this morning."),
    ("social", None, "RIP {PERSON}, you were the kindest neighbour anyone could ask for."),
    ("social", None, "shoutout to {PERSON} for fixing my car for free, absolute legend"),
    ("social", None, "Met up with {FIRST_NAME} and {PERSON2} for brunch, way too many pancakes"),
    ("social", None, "Lost dog! If found please call {PHONE_NUMBER} or message {FIRST_NAME}."),
    # ---- log-like lines ----------------------------------------------------------
    ("log", None, "2024-03-11T09:14:22Z INFO user login succeeded user=\"{PERSON}\" email={EMAIL_ADDRESS}"),
    ("log", None, "[WARN] password reset requested for {EMAIL_ADDRESS} (display name: {PERSON})"),
    ("log", None, "audit: record updated by {LAST_NAME}, field=shipping_preference"),
    ("log", None, "ERROR sms delivery failed to={PHONE_NUMBER} recipient_name='{FIRST_NAME}'"),
    ("log", None, "job 5531 assigned to {PERSON} -> status: pending review"),
    ("log", None, "GET /api/v2/customers?first={FIRST_NAME} 200 34ms"),
    # ---- misc everyday sentences ---------------------------------------------------
    ("misc", None, "Apparently \"{PERSON}\" is the name on the parcel, but nobody by that name lives here."),
    ("misc", "f", "I've known {FIRST_NAME} since university and I can't recommend her highly enough for this role."),
    ("misc", "m", "Please ask {PERSON} to call me back on {PHONE_NUMBER} when he's free."),
    ("misc", None, "We're so sorry to hear about {FIRST_NAME}'s accident. Let us know if there's anything we can do."),
    ("misc", None, "According to {PERSON2}, the keys were handed back on Saturday."),
    ("misc", None, "Could you send the signed form to {EMAIL_ADDRESS}? {FIRST_NAME} is handling it while I'm away."),
    ("misc", None, "{PERSON3} will cover reception on Friday, and {PERSON2} has offered to lock up."),
    ("misc", None, "Dr. {LAST_NAME}'s clinic is closed on Wednesdays, so the referral will go to {PERSON2} instead."),
    ("misc", "m", "spoke to {LAST_NAME} from accounts, he said the refund went out yesterday"),
    ("misc", "m", "The customer, a Mr. {LAST_NAME}, insisted the item was faulty when it arrived."),
    ("misc", None, "Got a voicemail from someone called {PERSON} asking about the flat - the number was {PHONE_NUMBER}."),
    ("misc", "f", "Both {PERSON} and her partner {PERSON2} will be attending the open evening."),
    ("misc", None, "My manager {FIRST_NAME} keeps scheduling meetings at 5pm on Fridays and I'm losing my mind"),
    ("misc", None, "Nurse {LAST_NAME} noted that the patient was confused overnight and tried to get out of bed twice."),
    ("misc", None, "Delivery note: leave with {PERSON2} at reception if {FIRST_NAME} is not in."),
    ("misc", None, "Welcome aboard, {FIRST_NAME}! Your manager {PERSON2} will send you the onboarding schedule."),
    ("misc", None, "The coach, {PERSON}, said training is cancelled because the pitch is waterlogged."),
    ("misc", None, "Re: complaint 20931 - I have reviewed the call recording and agree that {FIRST_NAME} should have offered a callback."),
    ("misc", None, "{FIRST_NAME}, can you grab milk on the way home? - {PERSON2}"),
    ("misc", None, "my cousin {PERSON} is looking for a room in {CITY} from September if anyone has one"),
    ("misc", None, "The last person to use the van was {LAST_NAME}, according to the sign-out sheet."),
    ("misc", "m", "{FIRST_NAME} said he'd be late, so we started without him."),
    ("misc", None, "Can you tell {PERSON} that the meeting room is booked until three?"),
    ("misc", None, "Photos from the retirement party are up - big thanks to {PERSON2} for taking them and to {FIRST_NAME} for the cake."),
    ("misc", None, "The keys are with {PERSON}, who lives two doors down, until we get back on Sunday."),
    # ---- additional templates with explicit cues (greeting / title / label / sign-off) ----
    ("email", None, "Dear Mr. {LAST_NAME},\n\nPlease find attached the quote for the kitchen renovation. The price is valid for 30 days.\n\nYours sincerely,\n{PERSON2}"),
    ("email", None, "Hi {FIRST_NAME}, hope you had a good weekend! Are we still on for lunch on Thursday?"),
    ("email", None, "Hello {PERSON},\nYour password was changed successfully. If you did not make this change, contact support immediately."),
    ("email", None, "Good morning Dr. {LAST_NAME}, I'm writing to ask whether the lab results from last week are available yet."),
    ("email", None, "Regards,\n{PERSON}\nAccounts Payable\n{PHONE_NUMBER}"),
    ("email", None, "Hey {FIRST_NAME} - quick one: can you send me the slides from yesterday? thx"),
    ("medical", None, "Patient name: {PERSON}\nReason for visit: persistent cough, 3 weeks\nAllergies: penicillin"),
    ("medical", None, "Seen by Dr. {LAST_NAME}. Plan: bloods, chest X-ray, review Friday."),
    ("medical", None, "Referred by: Dr. {PERSON2}\nPatient: {PERSON}\nUrgency: routine"),
    ("medical", "f", "Ms. {LAST_NAME} attended with her husband; she is anxious about the biopsy results."),
    ("hr", None, "Employee: {PERSON}\nManager: {PERSON2}\nLeave type: parental\nStart: 1 June"),
    ("hr", None, "Interviewer: {PERSON2}\nCandidate: {PERSON}\nScore: 4/5\nComments: good communicator, limited Excel."),
    ("hr", None, "Dear {FIRST_NAME},\nWe're pleased to offer you the position of Store Supervisor at our {CITY} branch."),
    ("security", None, "Reported by: {PERSON}\nContact: {EMAIL_ADDRESS}\nDescription: received a suspicious invoice attachment."),
    ("security", None, "Account owner: {PERSON} | Status: locked | Reason: 5 failed logins"),
    ("police", None, "Officer {LAST_NAME} arrived on scene at 21:10 and secured the area."),
    ("police", None, "Complainant: {PERSON}\nTel: {PHONE_NUMBER}\nOffence: criminal damage to vehicle"),
    ("police", None, "Det. {LAST_NAME} took over the investigation on Monday and re-interviewed the neighbours."),
    ("delivery", None, "Recipient: {PERSON}\nPhone: {PHONE_NUMBER}\nInstructions: leave in porch"),
    ("delivery", None, "Hi {FIRST_NAME}, your order is out for delivery today between 1pm and 3pm."),
    ("delivery", None, "Guest name: {PERSON}\nRoom: 412\nNights: 3\nRequests: late check-out"),
    ("bank_sms", None, "Dear {PERSON}, your statement for March is now available in online banking."),
    ("chat", None, "hey {FIRST_NAME} are you around? need a review on my PR"),
    ("chat", None, "Thanks {FIRST_NAME}, merged!"),
    ("minutes", None, "Chair: {PERSON}\nSecretary: {PERSON2}\nPresent: 9 members"),
    ("minutes", None, "Present: Mr. {LAST_NAME}, {PERSON2}, {PERSON3}"),
    ("form", None, "Name: {PERSON}\nDate of visit: 12/04\nPurpose: maintenance"),
    ("form", None, "Account holder: {PERSON}\nEmail address: {EMAIL_ADDRESS}"),
    ("form", None, "Parent/guardian name: {PERSON2}\nChild's first name: {FIRST_NAME}\nMobile: {PHONE_NUMBER}"),
    ("legal", None, "Judge {LAST_NAME} granted the motion for a continuance."),
    ("legal", None, "Defendant: {PERSON}\nCase no.: 2023-CV-0419\nClaim: breach of contract"),
    ("legal", None, "Signed: {PERSON}\nWitnessed by: {PERSON2}"),
    ("school", "f", "Dear Mrs. {LAST_NAME}, thank you for coming to parents' evening."),
    ("school", None, "Student: {PERSON}\nHomeroom: 7B\nReason for absence: illness"),
    ("landlord", None, "Dear {PERSON},\nThis letter serves as notice that your tenancy will be renewed for a further 12 months."),
    ("landlord", None, "Tenant: {PERSON} | Unit: 2A | Rent: $1,450"),
    ("review", "m", "Ask for Mr. {LAST_NAME} if you need a good mechanic - honest and fast."),
    ("social", None, "Hey {FIRST_NAME}! Long time no see, we should catch up soon"),
    ("log", None, "customer_name: {PERSON}, phone: {PHONE_NUMBER}, status: callback_requested"),
    ("log", None, "INFO notify: sent welcome email to={EMAIL_ADDRESS} name=\"{FIRST_NAME}\""),
    ("legal", None, "Client: {PERSON} - consultation fee waived."),
    ("medical", None, "Hi Dr. {LAST_NAME}, just confirming my appointment tomorrow at 9. Thanks, {PERSON2}"),
    ("bank_sms", None, "To: {EMAIL_ADDRESS}\nAttn: {PERSON}\nRe: outstanding balance"),
    ("support", None, "Caller ID: {PHONE_NUMBER} / Caller name: {PERSON}"),
]

CATEGORIES = sorted({c for c, _, _ in TEMPLATES})

# A cue is a greeting, a title, a "label:"-style field, or a signature sign-off
# immediately before a name slot.
_NAME_SLOT_RE = re.compile(r"\{(PERSON|PERSON2|PERSON3|FIRST_NAME|LAST_NAME)\}")
_CUE_BEFORE_RE = re.compile(
    r"(?:\b(?i:Dear|Hi|Hello|Hey|Thanks|Thank you|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?|Sgt\.?|Det\.?|Nurse|Officer|"
    r"Constable|Judge|Attn|Pt|Patient|Witness|Victim|Driver|Passenger)\s*|[:=|]\s*[\"']?)$"
)
_SIGNOFF_RE = re.compile(r"(?:regards|best|cheers|thanks|sincerely)\s*,\s*\n?\s*$", re.IGNORECASE)
_DASH_SIGNOFF_RE = re.compile(r"(?:^|\s)-\s*$")


def template_has_cue(i: int) -> bool:
    """Heuristic: True if any name slot of template ``i`` has an explicit cue
    directly before it: a greeting, a title, a ``label:`` / ``key=`` field, a
    sign-off ("Thanks,", "Regards,\\n"), or a "- Name" signature at line end."""
    text = TEMPLATES[i][2]
    for m in _NAME_SLOT_RE.finditer(text):
        before = text[: m.start()]
        line = before.rsplit("\n", 1)[-1]
        at_line_end = text[m.end():].startswith("\n") or m.end() == len(text)
        if (_CUE_BEFORE_RE.search(line) or _SIGNOFF_RE.search(before)
                or (at_line_end and _DASH_SIGNOFF_RE.search(line))):
            return True
    return False


# Real cities used only when Faker keeps inventing cities that contain
# person-name words (e.g. "Lake Edward").
_FALLBACK_CITIES = {
    "en_US": ["Denver", "Tulsa", "Omaha", "Boise"],
    "en_GB": ["Leeds", "Bristol", "Norwich", "Derby"],
    "en_AU": ["Perth", "Hobart", "Darwin", "Geelong"],
    "en_IN": ["Pune", "Nagpur", "Mysuru", "Indore"],
    "en_CA": ["Calgary", "Halifax", "Regina", "Winnipeg"],
    "en_NZ": ["Nelson", "Napier", "Dunedin", "Rotorua"],
}

_FAKERS: dict[str, Faker] = {}
_NAME_WORDS: dict[str, set[str]] = {}


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        fk = Faker(locale)
        words: set[str] = set()
        for prov in fk.get_providers():
            for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
                vals = getattr(prov, attr, None)
                if vals:
                    words.update(str(v).lower() for v in vals)
        _FAKERS[locale] = fk
        _NAME_WORDS[locale] = words
    return _FAKERS[locale]


def _city(fk: Faker, locale: str, rng: random.Random) -> str:
    words = _NAME_WORDS[locale]
    for _ in range(12):
        c = fk.city()
        if not any(w.lower().strip(".") in words for w in c.split()):
            return c
    return rng.choice(_FALLBACK_CITIES[locale])


def _first(fk: Faker, gender: str | None) -> str:
    if gender == "f":
        return fk.first_name_female()
    if gender == "m":
        return fk.first_name_male()
    return fk.first_name()


def _values(fk: Faker, locale: str, gender: str | None, rng: random.Random) -> dict[str, str]:
    used_first: set[str] = set()
    used_last: set[str] = set()

    def person(g: str | None) -> tuple[str, str]:
        for _ in range(50):
            f, l = _first(fk, g), fk.last_name()
            if f not in used_first and l not in used_last and f != l:
                break
        used_first.add(f)
        used_last.add(l)
        return f, l

    f1, l1 = person(gender)
    f2, l2 = person(None)
    f3, l3 = person(None)
    return {
        "PERSON": f"{f1} {l1}",
        "FIRST_NAME": f1,
        "LAST_NAME": l1,
        "PERSON2": f"{f2} {l2}",
        "PERSON3": f"{f3} {l3}",
        "EMAIL_ADDRESS": fk.email(),
        "PHONE_NUMBER": fk.phone_number(),
        "CITY": _city(fk, locale, rng),
    }


def _fill(template: str, values: dict[str, str]) -> tuple[str, list[list]]:
    """Build the text piece by piece, recording offsets as values are inserted."""
    parts: list[str] = []
    spans: list[list] = []
    pos = 0
    last = 0
    for m in _SLOT_RE.finditer(template):
        lit = template[last : m.start()]
        parts.append(lit)
        pos += len(lit)
        slot = m.group(1)
        val = values[slot]
        parts.append(val)
        label = LABEL_OF[slot]
        if label is not None:
            spans.append([pos, pos + len(val), label])
        pos += len(val)
        last = m.end()
    parts.append(template[last:])
    return "".join(parts), spans


def _slot_values(t: int, k: int, seed: int) -> tuple[str, dict[str, str]]:
    """Locale and placeholder values for text ``k`` of template ``t``."""
    locale = LOCALES[(t + k) % len(LOCALES)]
    fk = _faker(locale)
    sub_seed = seed * 1_000_003 + t * 1_009 + k
    fk.seed_instance(sub_seed)
    rng = random.Random(sub_seed)
    return locale, _values(fk, locale, TEMPLATES[t][1], rng)


@pinned_day
def en_independent(n_per_template: int = 4, seed: int = 13) -> list[dict]:
    """Return ``n_per_template`` filled texts per template.

    Each record: ``{"text", "spans": [[start, end, label], ...], "template",
    "locale"}``.  Deterministic for a given ``seed``: every (template, k) pair
    reseeds its own Faker instance and ``random.Random``, so records do not
    depend on the order in which they are generated.
    """
    out: list[dict] = []
    for t in range(len(TEMPLATES)):
        for k in range(n_per_template):
            locale, values = _slot_values(t, k, seed)
            text, spans = _fill(TEMPLATES[t][2], values)
            out.append({"text": text, "spans": spans, "template": t, "locale": locale})
    return out


def en_independent_half(which: str) -> list[dict]:
    """``"seen"`` = even template indices, ``"held_out"`` = odd template indices."""
    if which not in ("seen", "held_out"):
        raise ValueError(f"which must be 'seen' or 'held_out', got {which!r}")
    parity = 0 if which == "seen" else 1
    return [r for r in en_independent() if r["template"] % 2 == parity]


# ---------------------------------------------------------------------------
# PII-free texts: famous / historical / fictional people, word-problem names,
# eponyms, brands and places.  No personal data of private people.
# ---------------------------------------------------------------------------
_FREE_TEXTS: list[str] = [
    "Summarize the plot of Pride and Prejudice by Jane Austen in three sentences.",
    "Explain Newton's three laws of motion with an everyday example for each.",
    "Tom has 3 apples and gives 1 to Sara. How many apples does Tom have left?",
    "Write a short poem in the style of Emily Dickinson about the first snow of winter.",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill during wartime.",
    "What were the main causes of the French Revolution, and what role did Robespierre play?",
    "Describe how Marie Curie's research on radioactivity changed modern medicine.",
    "Is a Ford F-150 or a Toyota Tacoma better for towing a small camper?",
    "List five tourist attractions in Washington, D.C. that are free to visit.",
    "Explain the difference between Darwin's theory of natural selection and Lamarckism.",
    "Who is Sherlock Holmes's assistant, and how do they first meet in A Study in Scarlet?",
    "If Maria reads 20 pages a day, how many days will it take her to finish a 340-page book?",
    "Translate 'Where is the train station?' into French, Spanish and German.",
    "Write a product description for a stainless steel water bottle sold on Amazon.",
    "What is the significance of the Gettysburg Address?",
    "Explain Bayes' theorem using a medical testing example.",
    "Summarize the main themes of Hamlet and explain why Ophelia's fate is tragic.",
    "Give three tips for someone learning to play Beethoven's Moonlight Sonata.",
    "What is Parkinson's disease, and how is it usually diagnosed?",
    "Write a haiku about Mount Fuji at sunrise.",
    "Jack and Jill each have 12 marbles. Jack loses 4 and Jill finds 3. How many marbles do they have together?",
    "Explain how the Fibonacci sequence appears in sunflower seed patterns.",
    "Describe Albert Einstein's contribution to the photoelectric effect.",
    "What are the differences between a McDonald's franchise and a company-owned restaurant?",
    "Recommend three novels similar to To Kill a Mockingbird by Harper Lee.",
    "Why did Napoleon Bonaparte invade Russia in 1812, and why did it fail?",
    "Write a cover letter template for a junior accountant position. Use placeholders instead of real names.",
    "Explain the rules of chess castling as if to a ten-year-old.",
    "In the Harry Potter series, why does Dumbledore trust Severus Snape?",
    "A train leaves Chicago at 60 mph and another leaves St. Louis at 75 mph. When do they meet if the cities are 300 miles apart?",
    "What makes Van Gogh's The Starry Night stylistically distinctive?",
    "Summarize Martin Luther King Jr.'s 'I Have a Dream' speech in plain language.",
    "Explain Ohm's law and calculate the current through a 10-ohm resistor at 5 volts.",
    "Write a limerick about a cat named Whiskers who loves lasagna.",
    "What is the capital of Victoria, Australia, and what is it known for?",
    "Give a brief history of the Tesla Model S and its impact on electric cars.",
    "Describe the relationship between Frodo and Samwise in The Lord of the Rings.",
    "How did Florence Nightingale improve hospital sanitation during the Crimean War?",
    "Explain the Pythagorean theorem and prove it using similar triangles.",
    "If Ben saves $5 a week, how long will it take him to save $120 for a bike?",
    "What did Ada Lovelace contribute to the idea of computer programming?",
    "Outline the key events of Queen Elizabeth I's reign.",
    "Explain how Alzheimer's disease differs from normal age-related memory loss.",
    "Write a dialogue between Romeo and Juliet set in a modern coffee shop.",
    "What are the main ideas in Adam Smith's The Wealth of Nations?",
    "Rank the Star Wars films by box office revenue and explain any surprises.",
    "Describe the architecture of the Lincoln Memorial and the Jefferson Memorial.",
    "Explain Mendel's experiments with pea plants and what they showed about heredity.",
    "Suggest a weekend itinerary for Jackson Hole, Wyoming in the summer.",
    "Why is Mozart considered a child prodigy? Give examples from his early life.",
    "Alice has twice as many stickers as Bob. Together they have 36. How many does each have?",
    "What is the plot of Charles Dickens' A Christmas Carol, and what does Scrooge learn?",
    "Explain the Doppler effect using the example of an ambulance siren.",
    "Write a short review of a Dell XPS laptop focusing on battery life and keyboard quality.",
    "Who was Cleopatra and why is she remembered in history?",
    "Describe Gandhi's philosophy of nonviolent resistance and its influence on later movements.",
    "What are the health benefits of green tea according to recent studies?",
    "Summarize the story of Cinderella and compare the Grimm version with the Disney film.",
    "Explain how Hurricane Katrina affected New Orleans and what lessons were learned.",
    "Write a SQL query that returns the top five customers by total order value. Use a table named orders.",
    "What did Galileo Galilei observe through his telescope, and why was it controversial?",
    "Why do people say 'Bob's your uncle', and where does the phrase come from?",
    "Explain Murphy's law with three humorous examples from everyday office life.",
    "Describe the character arc of Walter White in Breaking Bad.",
    "Calculate the area of a rectangular garden that is 12 meters long and 7 meters wide.",
    "What is the difference between the Julian and Gregorian calendars?",
    "Compose a birthday message for a coworker without using any names.",
    "Explain what Big Ben is and why the name is often used incorrectly.",
    "Describe Leonardo da Vinci's notebooks and the inventions sketched in them.",
    "Write a short story for children about a dragon named Ember who is afraid of the dark.",
]


def en_independent_free() -> list[str]:
    """PII-free instruction-style texts (no spans; expect zero detections)."""
    return list(_FREE_TEXTS)


if __name__ == "__main__":
    N_PER = 4
    recs = en_independent(n_per_template=N_PER)
    assert len(recs) == N_PER * len(TEMPLATES)
    values_checked = 0
    for i, r in enumerate(recs):
        t, k = divmod(i, N_PER)
        assert r["template"] == t
        tpl = TEMPLATES[t][2]
        locale, vals = _slot_values(t, k, 13)
        assert r["locale"] == locale
        labelled = [m for m in _SLOT_RE.finditer(tpl) if LABEL_OF[m.group(1)] is not None]
        assert len(labelled) == len(r["spans"]), (r, len(labelled))
        prev_end = 0
        for m, (s, e, lab) in zip(labelled, r["spans"]):
            assert prev_end <= s < e <= len(r["text"]), r
            # every span's text is exactly the value filled into its placeholder
            assert r["text"][s:e] == vals[m.group(1)], (r, m.group(1), vals[m.group(1)])
            assert lab == LABEL_OF[m.group(1)]
            assert "{" not in r["text"][s:e] and r["text"][s:e] == r["text"][s:e].strip()
            prev_end = e
            values_checked += 1
        assert "{" not in r["text"] and "}" not in r["text"], r
        # literal parts of the template are intact
        assert _fill(tpl, vals)[0] == r["text"], r

    # determinism
    assert en_independent() == recs
    assert en_independent(seed=14) != recs

    seen, held = en_independent_half("seen"), en_independent_half("held_out")
    assert len(seen) + len(held) == len(recs)
    assert not ({r["template"] for r in seen} & {r["template"] for r in held})

    free = en_independent_free()
    assert len(free) >= 60 and not any(_SLOT_RE.search(x) for x in free)
    assert len(TEMPLATES) >= 120

    per_type = Counter(lab for r in recs for _, _, lab in r["spans"])
    per_loc = Counter(r["locale"] for r in recs)
    n_cue = sum(template_has_cue(i) for i in range(len(TEMPLATES)))
    print(f"templates: {len(TEMPLATES)}  (categories: {len(CATEGORIES)}; "
          f"with explicit cue: {n_cue}, without: {len(TEMPLATES) - n_cue})")
    print(f"texts: {len(recs)}  (seen: {len(seen)}, held_out: {len(held)})")
    print("spans per type:", dict(sorted(per_type.items())), " total:", sum(per_type.values()))
    print("texts per locale:", dict(sorted(per_loc.items())))
    print(f"PII-free texts: {len(free)}")
    print(f"span values checked: {values_checked}")
    print("\nexamples:")
    ex_rng = random.Random(0)
    for r in ex_rng.sample(recs, 5):
        print(f"--- template {r['template']} ({TEMPLATES[r['template']][0]}, {r['locale']})")
        print(r["text"])
        print("   spans:", [(r["text"][s:e], lab) for s, e, lab in r["spans"]])
    print("\nall span checks passed")
