/**
 * The default letters in English: every kind for its audience(s), with the closings and recurring parts they
 * share. index.ts pairs each with its Dutch text (nl.ts) by kind and audience.
 */
import { COMMITTEE_LINK, type DefaultLetterText } from './shared';

const CLOSING_EN = `<p>Kind regards,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`;

const STAFF_CLOSING_EN = `<p>This message was sent automatically by the complaints register of {{ organisation.name }}.</p>`;

const ADMIN_LINK_EN = `{% if complaint.adminUrl %}<p>View the complaint: <a href="{{ complaint.adminUrl }}">{{ complaint.adminUrl }}</a></p>{% endif %}`;

const HEARING_DETAILS_EN = `<ul>
{% if hearing.plannedAt %}<li>Date and time: <strong>{{ hearing.plannedAt | datumtijd }}</strong></li>{% endif %}
{% if hearing.mode %}<li>Form: {{ hearing.mode }}</li>{% endif %}
{% if hearing.location %}<li>Place: {{ hearing.location }}</li>{% endif %}
{% if hearing.attendees %}<li>Attending for {{ organisation.name }}: {{ hearing.attendees }}</li>{% endif %}
</ul>`;

const AGREEMENT_LIST_EN = `<ol>
{% for agreement in agreements %}<li>{{ agreement.description }}<br>
Due by: {{ agreement.dueDate | datum }}{% if agreement.owner %}<br>
Who: {{ agreement.owner }}{% endif %}</li>
{% endfor %}</ol>`;

const STAFF_AGREEMENT_LIST_EN = `<ul>
{% for agreement in agreements %}<li>{{ agreement.description }} (due {{ agreement.dueDate | datum }}{% if agreement.owner %}, {{ agreement.owner }}{% endif %}; {{ agreement.status }})</li>
{% endfor %}</ul>`;

/** The next body, with its website when there is one. */
const COMMITTEE_NAMED_EN = `the {{ committee.name }}{% if committee.website %} (${COMMITTEE_LINK}){% endif %}`;

/** Within which term: the one from the settings, with its last day; without one, the body's own rules. */
const RECOURSE_TERM_EN = `{% if committee.term %}within {{ committee.term }} of the date of this letter{% if committee.deadline %}, that is by <strong>{{ committee.deadline | datum }}</strong>{% endif %}{% elsif regime == 'awb' %}within the term the {{ committee.name }} sets for it{% else %}within the term set by the committee's rules{% endif %}`;

/**
 * What the complainant can do at the next body and within which term, worded per regime: the ombudsman
 * (Awb) is asked to investigate, a disputes committee or the disputes body for care judges the dispute.
 * Follows "Then" or "In addition,"; letters use it only when a next body is set.
 */
const NEXT_BODY_EN = `{% if regime == 'awb' %}you can ask ${COMMITTEE_NAMED_EN} to investigate your complaint{% else %}you can submit your complaint as a dispute to ${COMMITTEE_NAMED_EN}{% endif %}, ${RECOURSE_TERM_EN}`;

/** Every default letter in English. */
export const DEFAULT_LETTERS_EN: DefaultLetterText[] = [
  {
    kind: 'submission_received',
    audience: 'complainant',
    subject: 'We have received your complaint ({{ complaint.reference }})',
    body: `<p>Dear {{ recipient.name }},</p>
<p>Thank you for your complaint. We received it on {{ complaint.receivedAt | datumtijd }}. Your complaint has the reference <strong>{{ complaint.reference }}</strong>. Please mention this reference whenever you contact us.</p>
<p>{% if complaint.acknowledgementDue %}By {{ complaint.acknowledgementDue | datum }} you{% else %}You{% endif %} will receive an acknowledgement from the department concerned, telling you how we will handle your complaint.</p>
{% if complaint.statusUrl %}<p>You can follow the progress of your complaint with this personal link: <a href="{{ complaint.statusUrl }}">{{ complaint.statusUrl }}</a><br>
Please do not share this link with others.</p>{% endif %}
${CLOSING_EN}`,
  },
  {
    kind: 'acknowledgement',
    audience: 'complainant',
    subject: 'Acknowledgement of your complaint {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>We received your complaint on {{ complaint.receivedAt | datum }}. Thank you for taking the trouble to let us know. Your complaint has been registered under reference <strong>{{ complaint.reference }}</strong>. Please mention this reference whenever you contact us.</p>
{% if complaint.answer %}<p>We have looked into your complaint. This is our response:</p>
<p>{{ complaint.answer | newline_to_br }}</p>
<p>Are you satisfied with this solution? Then please let us know{% if complaint.statusUrl %} on <a href="{{ complaint.statusUrl }}">your personal complaint page</a>{% endif %}, and we will conclude the handling of your complaint. If you are not satisfied, or if you have any questions, please contact us and we will continue handling your complaint.</p>{% endif %}
{% if complaint.aboutEmployeeBehaviour %}<p>Your complaint is about the behaviour of an employee. It is therefore handled by the manager of the department concerned. We will invite you for a conversation; you will receive the invitation separately.</p>
{% else %}{% unless complaint.answer %}<p>We will look into your complaint carefully. We may first need to talk with you to understand your complaint well and to look for a solution together. In that case you will receive an invitation for a conversation.</p>{% endunless %}{% endif %}
{% if complaint.handlingDue %}<p>We will complete the handling of your complaint by <strong>{{ complaint.handlingDue | datum }}</strong>. If that is not possible, we will let you know in writing before that date.</p>{% endif %}
{% if complaint.statusUrl %}<p>You can follow the progress of your complaint at <a href="{{ complaint.statusUrl }}">{{ complaint.statusUrl }}</a>.</p>{% endif %}
${CLOSING_EN}`,
  },
  {
    kind: 'hearing_invitation',
    audience: 'complainant',
    subject: 'Invitation to a conversation about your complaint {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>We received your complaint on {{ complaint.receivedAt | datum }} (reference {{ complaint.reference }}). We would like to talk with you about it. In the conversation you can explain your complaint and we can respond to it. Then we will look for a solution together.</p>
{% if hearing %}<p>We invite you to a conversation:</p>
${HEARING_DETAILS_EN}{% endif %}
<p>{% if hearing.withBoth %}The employee your complaint concerns is invited to this conversation as well. {% elsif complaint.aboutEmployeeBehaviour %}Because your complaint is about the behaviour of an employee, that employee will also be given the opportunity to respond, in a conversation of their own. {% endif %}We will make a report of the conversation. If you wish, you may bring someone with you.</p>
{% if hearing.respondBy %}<p>Please let us know by {{ hearing.respondBy | datum }} whether you will come. If we have not heard from you by then, we may decide not to hold the conversation and judge your complaint on what we know.</p>{% endif %}
<p>Is this moment not convenient for you? Please contact us as soon as possible and we will make a new appointment. Would you rather not have a conversation? Please let us know as well.</p>
${CLOSING_EN}`,
  },
  {
    kind: 'not_admissible_notice',
    audience: 'complainant',
    subject: 'Your complaint {{ complaint.reference }} will not be handled',
    body: `<p>Dear {{ recipient.name }},</p>
<p>We received your complaint on {{ complaint.receivedAt | datum }} (reference {{ complaint.reference }}). We have looked at your complaint carefully. Unfortunately we have to inform you that we will not handle your complaint.</p>
{% if complaint.notAdmissibleReason %}<p><strong>The reason</strong><br>
{{ complaint.notAdmissibleReason }}</p>{% endif %}
{% if complaint.notAdmissibleExplanation %}<p><strong>Explanation</strong><br>
{{ complaint.notAdmissibleExplanation | newline_to_br }}</p>{% endif %}
{% if complaint.referral %}<p><strong>Where you can go instead</strong><br>
{{ complaint.referral | newline_to_br }}</p>{% endif %}
{% if committee.name %}<p><strong>Do you disagree with this decision?</strong><br>
Then ${NEXT_BODY_EN}.</p>{% endif %}
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
<p>Do you have questions about this letter? Please contact us and mention reference {{ complaint.reference }}.</p>
${CLOSING_EN}`,
  },
  {
    kind: 'agreements_letter',
    audience: 'complainant',
    subject: 'Outcome of your complaint {{ complaint.reference }} and the agreements made',
    body: `<p>Dear {{ recipient.name }},</p>
<p>We received your complaint on {{ complaint.receivedAt | datum }} (reference {{ complaint.reference }}).{% if hearing.heldAt %} On {{ hearing.heldAt | datum }} we talked with you about your complaint.{% endif %} In this letter you can read what we investigated, what our judgement is and which agreements we made.</p>
{% if complaint.findings %}<p><strong>What we investigated</strong><br>
{{ complaint.findings | newline_to_br }}</p>{% endif %}
{% if complaint.judgement %}<p><strong>Our judgement</strong><br>
We consider your complaint <strong>{{ complaint.judgement | downcase }}</strong>.</p>{% endif %}
{% if parts.size > 0 %}<p><strong>Our judgement per part</strong></p>
<ol>
{% for part in parts %}<li>{{ part.description }}<br>
Judgement: {{ part.judgement | downcase }}</li>
{% endfor %}</ol>{% endif %}
{% if complaint.conclusions %}<p><strong>Our conclusions</strong><br>
{{ complaint.conclusions | newline_to_br }}</p>{% endif %}
{% if agreements.size > 0 %}<p><strong>The agreements made</strong></p>
${AGREEMENT_LIST_EN}
<p>We will make sure that these agreements are kept.</p>{% else %}<p>No further agreements were made.</p>{% endif %}
<p><strong>Do you disagree with the outcome?</strong><br>
If you are not satisfied with the outcome or the solution offered, please let us know{% if complaint.dissatisfactionOpenUntil %} by {{ complaint.dissatisfactionOpenUntil | datum }}{% endif %}{% if complaint.statusUrl %} on <a href="{{ complaint.statusUrl }}">your personal complaint page</a>{% endif %}.{% if committee.name %}{% if regime == 'awb' %} In addition,{% else %} If we cannot resolve it together,{% endif %} ${NEXT_BODY_EN}.{% endif %}</p>
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
${CLOSING_EN}`,
  },
  {
    kind: 'term_extension',
    audience: 'complainant',
    subject: 'More time needed for your complaint {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>We received your complaint on {{ complaint.receivedAt | datum }} (reference {{ complaint.reference }}). We intended to complete the handling of your complaint {% if complaint.previousHandlingDue %}by {{ complaint.previousHandlingDue | datum }}{% else %}within the set term{% endif %}. Unfortunately we cannot do so in time and with due care. We are therefore extending the term.</p>
{% if complaint.extensionReason %}<p><strong>Reason</strong><br>
{{ complaint.extensionReason | newline_to_br }}</p>{% endif %}
<p>We will now complete the handling of your complaint by <strong>{{ complaint.handlingDue | datum }}</strong>.</p>
<p>We apologise for the longer wait. Do you have questions? Please contact us and mention reference {{ complaint.reference }}.</p>
${CLOSING_EN}`,
  },
  {
    kind: 'term_extension',
    audience: 'accused',
    subject: 'Extension of the handling term of complaint {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>On {{ complaint.receivedAt | datum }} we received a complaint that concerns you (reference {{ complaint.reference }}). With this letter we inform you that we are extending the term for handling this complaint{% if complaint.previousHandlingDue %}; it was to be completed by {{ complaint.previousHandlingDue | datum }}{% endif %}.</p>
{% if complaint.extensionReason %}<p><strong>Reason</strong><br>
{{ complaint.extensionReason | newline_to_br }}</p>{% endif %}
<p>The complaint will now be completed by <strong>{{ complaint.handlingDue | datum }}</strong>. The complainant has been informed as well.</p>
<p>Do you have questions? Please contact {% if handler.name %}{{ handler.name }}, who handles the complaint{% else %}the person handling the complaint{% endif %}.</p>
${CLOSING_EN}`,
  },
  {
    kind: 'closure',
    audience: 'complainant',
    subject: 'Closure of your complaint {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>With this letter we let you know that we have closed the handling of your complaint with reference {{ complaint.reference }}, which we received on {{ complaint.receivedAt | datum }}.</p>
{% if complaint.committeeDecided %}<p>{% if regime == 'awb' %}The {{ committee.name | default: 'ombudsman' }} has completed the investigation of your complaint{% else %}The {{ committee.name | default: 'committee' }} has ruled on your dispute{% endif %}. With that, the complaint procedure has come to an end.</p>
{% if complaint.committeeOutcome %}<p><strong>{% if regime == 'awb' %}The findings{% else %}The ruling{% endif %}</strong><br>
{{ complaint.committeeOutcome | newline_to_br }}</p>{% endif %}
{% elsif complaint.judgement %}<p>Our judgement of your complaint: <strong>{{ complaint.judgement | downcase }}</strong>.</p>{% endif %}
{% if agreements.size > 0 %}<p>This is where the agreements we made with you stand:</p>
<ul>
{% for agreement in agreements %}<li>{{ agreement.description }}<br>
State: {{ agreement.status }}</li>
{% endfor %}</ul>{% endif %}
<p>Thank you for your complaint. It helps us improve our services.</p>
{% unless complaint.committeeDecided %}{% if committee.name %}<p>If you are not satisfied with the outcome or the solution offered, and we cannot resolve it together, ${NEXT_BODY_EN}.{% unless regime == 'awb' %} This committee is there for every client who has gone through the internal complaint procedure but could not reach agreement with us.{% endunless %}</p>{% endif %}{% endunless %}
${CLOSING_EN}`,
  },
  {
    kind: 'committee_information',
    audience: 'complainant',
    subject: '{% if committee.name %}Submitting your complaint {{ complaint.reference }} to the {{ committee.name }}{% else %}Your complaint {{ complaint.reference }}: where else you can go{% endif %}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>You have let us know that you are not satisfied with the outcome of your complaint with reference {{ complaint.reference }}, or with the solution we offered. We are sorry that we could not resolve it together.{% unless regime == 'awb' %} Your complaint has thereby become a dispute.{% endunless %}</p>
{% if committee.name %}{% if regime == 'awb' %}<p>You can ask the {{ committee.name }} to investigate the conduct you complained to us about. The ombudsman is independent and can do so now that our own handling of your complaint has been completed.</p>
<p><strong>How to reach the ombudsman</strong></p>{% else %}<p>You can submit this dispute for judgement to the {{ committee.name }}. This independent committee is there for every client who has gone through the internal complaint procedure but could not reach agreement with us.</p>
<p><strong>How to reach the committee</strong></p>{% endif %}
<ul>
<li>{{ committee.name }}</li>
{% if committee.address %}<li>Postal address: {{ committee.address | newline_to_br }}</li>{% endif %}
{% if committee.email %}<li>E-mail: <a href="mailto:{{ committee.email }}">{{ committee.email }}</a></li>{% endif %}
{% if committee.website %}<li>Website: ${COMMITTEE_LINK}</li>{% endif %}
</ul>
<p>{% if regime == 'awb' %}Please send your request to the ombudsman{% else %}Please submit your dispute to the committee{% endif %} ${RECOURSE_TERM_EN}. Mention reference {{ complaint.reference }} and enclose a copy of your complaint and of our letter with the outcome.</p>{% else %}<p>Would you like to know where else you can go? Please contact us and mention reference {{ complaint.reference }}.</p>{% endif %}
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
${CLOSING_EN}`,
  },
  {
    kind: 'staff_new_complaint',
    audience: 'staff',
    subject: 'New complaint {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>A new complaint has come in{% if complaint.department %} for the {{ complaint.department }} department{% endif %}.</p>
<ul>
<li>Reference: {{ complaint.reference }}</li>
<li>Received: {{ complaint.receivedAt | datumtijd }} ({{ complaint.channel }})</li>
{% if complaint.category %}<li>Category: {{ complaint.category }}</li>{% endif %}
{% if complaint.aboutEmployeeBehaviour %}<li>About the behaviour of an employee{% if complaint.accusedName %}: {{ complaint.accusedName }}{% endif %}</li>{% endif %}
{% if complaint.acknowledgementDue %}<li>Acknowledgement due: <strong>{{ complaint.acknowledgementDue | datum }}</strong></li>{% endif %}
</ul>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
  },
  {
    kind: 'staff_behaviour_assigned',
    audience: 'staff',
    subject: 'Behaviour complaint {{ complaint.reference }} assigned to you',
    body: `<p>Dear {{ recipient.name }},</p>
<p>As manager you handle complaint {{ complaint.reference }}. The complaint is about the behaviour of an employee{% if complaint.accusedName %} ({{ complaint.accusedName }}){% endif %}.</p>
<p>Invite the complainant for a conversation and give the employee the opportunity to respond as well (hearing both sides). The employee the complaint is about may not handle the complaint.</p>
<ul>
{% if complaint.acknowledgementDue %}<li>Acknowledgement due: {{ complaint.acknowledgementDue | datum }}</li>{% endif %}
{% if complaint.handlingDue %}<li>Handling due: {{ complaint.handlingDue | datum }}</li>{% endif %}
</ul>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
  },
  {
    kind: 'staff_acknowledgement_due_tomorrow',
    audience: 'staff',
    subject: 'Acknowledgement due tomorrow: {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>The acknowledgement of complaint {{ complaint.reference }} must be sent by tomorrow, <strong>{{ complaint.acknowledgementDue | datum }}</strong>.</p>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
  },
  {
    kind: 'staff_acknowledgement_overdue',
    audience: 'staff',
    subject: 'Acknowledgement overdue: {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>The term for acknowledging complaint {{ complaint.reference }} expired on <strong>{{ complaint.acknowledgementDue | datum }}</strong>. Please send the acknowledgement as soon as possible.</p>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
  },
  {
    kind: 'staff_not_admissible_notice_due',
    audience: 'staff',
    subject: 'Term for a not-handled notice ending: {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>Complaint {{ complaint.reference }} was received on {{ complaint.receivedAt | datum }}. If this complaint is not to be handled (Awb 9:8, for example because the conduct was handled before or took place more than a year ago), please send the complainant the notice {% if complaint.notAdmissibleNoticeDue %}by <strong>{{ complaint.notAdmissibleNoticeDue | datum }}</strong>{% else %}as soon as possible{% endif %}, with the reason and where the complainant can go instead.</p>
<p>If the complaint is handled as usual, you need not do anything.</p>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
  },
  {
    kind: 'staff_handling_expiring',
    audience: 'staff',
    subject: 'Handling term expiring: {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>The handling term of complaint {{ complaint.reference }} expires on <strong>{{ complaint.handlingDue | datum }}</strong>. Please complete the handling before that date.</p>
{% if complaint.extended %}<p>The term has been extended once already. Further delay is only possible with the complainant's written consent; record it with the complaint.</p>
{% else %}<p>If that is not possible, you can extend the term once{% if complaint.maxExtensionWeeks %}, by at most {{ complaint.maxExtensionWeeks }} weeks{% endif %} (Awb 9:11). This is only possible until the end of the current term, {{ complaint.handlingDue | datum }}: the complainant{% if complaint.aboutEmployeeBehaviour %} and the employee the complaint is about{% endif %} must be told in writing before that date.</p>{% endif %}
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
  },
  {
    kind: 'staff_handling_overdue',
    audience: 'staff',
    subject: 'Handling term expired: {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>The handling term of complaint {{ complaint.reference }} expired on <strong>{{ complaint.handlingDue | datum }}</strong>. Please complete the handling as soon as possible. Further delay is only possible with the complainant's written consent; record it with the complaint.</p>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
  },
  {
    kind: 'staff_agreement_due',
    audience: 'staff',
    subject: 'Agreement due soon: {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>An agreement made with the complainant of complaint {{ complaint.reference }} is due soon. Please check that it will be kept and record when it has been kept.</p>
{% if agreements.size > 0 %}${STAFF_AGREEMENT_LIST_EN}{% endif %}
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
  },
  {
    kind: 'staff_agreement_overdue',
    audience: 'staff',
    subject: 'Agreement overdue: {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>For complaint {{ complaint.reference }} the term of an agreement with the complainant has passed without it being recorded as kept. Please make sure the agreement is still kept, or record that it was not, and inform the complainant.</p>
{% if agreements.size > 0 %}${STAFF_AGREEMENT_LIST_EN}{% endif %}
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
  },
  {
    kind: 'staff_hearing_tomorrow',
    audience: 'staff',
    subject: 'Hearing tomorrow for complaint {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>Tomorrow the conversation (hearing both sides) about complaint {{ complaint.reference }} with {{ complainant.name }} is planned.</p>
{% if hearing %}${HEARING_DETAILS_EN}{% endif %}
<p>After the conversation, please write a report and record the proposed solution.</p>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
  },
  {
    kind: 'complainant_question',
    audience: 'complainant',
    subject: 'A question about your complaint {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>To handle your complaint with reference <strong>{{ complaint.reference }}</strong> properly, we have a question for you:</p>
<p>{{ question.text | newline_to_br }}</p>
<p>{% if complaint.statusUrl %}You can answer, and send documents if needed, on <a href="{{ complaint.statusUrl }}">your personal complaint page</a>{% else %}You can answer us by letter or by phone; please mention the reference{% endif %}{% if question.answerBy %}. We would like to have your answer by <strong>{{ question.answerBy | datum }}</strong>{% endif %}.</p>
${CLOSING_EN}`,
  },
  {
    kind: 'staff_question_answered',
    audience: 'staff',
    subject: 'The complainant answered: {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>The complainant has answered your question about complaint {{ complaint.reference }} on the status page.</p>
{% if question %}<p><strong>Question:</strong> {{ question.text | newline_to_br }}</p>
<p><strong>Answer:</strong> {{ question.answer | newline_to_br }}</p>{% endif %}
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
  },
  {
    kind: 'staff_reply_received',
    audience: 'staff',
    subject: 'Reply by e-mail: {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>An e-mail has arrived about complaint {{ complaint.reference }}, in reply to a letter or with the reference in its subject. You can read the e-mail, with any attachments, in the dossier.</p>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
  },
  {
    kind: 'staff_mentioned',
    audience: 'staff',
    subject: 'You were named in a note: {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>A colleague named you in an internal note on complaint {{ complaint.reference }}. You can read the note in the dossier's timeline.</p>
${ADMIN_LINK_EN}
${STAFF_CLOSING_EN}`,
  },
  {
    kind: 'satisfaction_survey',
    audience: 'complainant',
    subject: 'How satisfied are you with the handling of your complaint {{ complaint.reference }}?',
    body: `<p>Dear {{ recipient.name }},</p>
<p>The handling of your complaint with reference <strong>{{ complaint.reference }}</strong> has been completed. We would like to know how you experienced it, so that we can learn from it.</p>
{% if complaint.statusUrl %}<p>Would you answer three short questions? You can do so on <a href="{{ complaint.statusUrl }}">your personal complaint page</a>{% if survey.until %}, until {{ survey.until | datum }}{% endif %}.</p>{% endif %}
${CLOSING_EN}`,
  },
  {
    kind: 'reopened',
    audience: 'complainant',
    subject: 'We are handling your complaint {{ complaint.reference }} again',
    body: `<p>Dear {{ recipient.name }},</p>
<p>On {{ complaint.receivedAt | datum }} we received your complaint (reference {{ complaint.reference }}). Its handling had been completed. With this letter we let you know that we are taking your complaint up again.</p>
{% if complaint.reopenReason %}<p><strong>Why</strong><br>
{{ complaint.reopenReason | newline_to_br }}</p>{% endif %}
<p>We will finish handling your complaint by <strong>{{ complaint.handlingDue | datum }}</strong>.{% if complaint.statusUrl %} You can see how it is going on <a href="{{ complaint.statusUrl }}">your personal complaint page</a>.{% endif %}</p>
${CLOSING_EN}`,
  },
  {
    kind: 'forwarded',
    audience: 'complainant',
    subject: 'Your complaint {{ complaint.reference }} has been forwarded',
    body: `<p>Dear {{ recipient.name }},</p>
<p>On {{ complaint.receivedAt | datum }} we received your complaint (reference {{ complaint.reference }}). Your complaint concerns something for which not we but {{ complaint.forwardedTo }} is responsible. We have therefore forwarded your complaint to {{ complaint.forwardedTo }} (article 2:3 of the General Administrative Law Act). You will hear from them how they handle your complaint.</p>
{% if complaint.forwardReason %}<p><strong>Why</strong><br>
{{ complaint.forwardReason | newline_to_br }}</p>{% endif %}
<p>With this, your complaint has been dealt with on our side. Do you have questions? Please contact us and mention the reference {{ complaint.reference }}.</p>
${CLOSING_EN}`,
  },
  {
    kind: 'accused_copy',
    audience: 'accused',
    subject: 'Copy of a complaint about you ({{ complaint.reference }})',
    body: `<p>Dear {{ recipient.name }},</p>
<p>On {{ complaint.receivedAt | datum }} we received a complaint about you (reference {{ complaint.reference }}). The law requires that you receive a copy of the complaint (article 9:9 of the General Administrative Law Act). Below you can read what the complainant wrote.</p>
<p><strong>The complaint</strong><br>
{{ complaint.description | newline_to_br }}</p>
{% if complaint.desiredOutcome %}<p><strong>What the complainant sees as a solution</strong><br>
{{ complaint.desiredOutcome | newline_to_br }}</p>{% endif %}
{% if documents.size > 0 %}<p><strong>Documents with the complaint</strong></p>
<ul>
{% for document in documents %}<li>{{ document.fileName }}</li>
{% endfor %}</ul>
<p>{% if handler.name %}{{ handler.name }}{% else %}The handler of the complaint{% endif %} can show them to you.</p>{% endif %}
<p>You will have the opportunity to tell your side of the story in a conversation. The complaint will be dealt with by {{ complaint.handlingDue | datum }}; you will then also hear the outcome.</p>
<p>Do you have questions? Please contact {% if handler.name %}{{ handler.name }}, the handler of the complaint{% else %}the handler of the complaint{% endif %}.</p>
${CLOSING_EN}`,
  },
  {
    kind: 'hearing_invitation',
    audience: 'accused',
    subject: 'Invitation to a conversation about the complaint about you ({{ complaint.reference }})',
    body: `<p>Dear {{ recipient.name }},</p>
<p>On {{ complaint.receivedAt | datum }} we received a complaint about you (reference {{ complaint.reference }}). You are given the opportunity to tell your side of the story (article 9:10 of the General Administrative Law Act).</p>
{% if hearing %}<p>We invite you to a conversation:</p>
${HEARING_DETAILS_EN}{% endif %}
<p>{% if hearing.withBoth %}The complainant is invited to this conversation as well. {% else %}The complainant is heard in a conversation of their own. {% endif %}We will make a report of the conversation.</p>
{% if hearing.respondBy %}<p>Please let us know by {{ hearing.respondBy | datum }} whether you will come.</p>{% endif %}
<p>Is this moment not convenient, or would you rather not be heard? Please contact {% if handler.name %}{{ handler.name }}, who handles the complaint{% else %}the person handling the complaint{% endif %}.</p>
${CLOSING_EN}`,
  },
  {
    kind: 'agreements_letter',
    audience: 'accused',
    subject: 'Outcome of the complaint about you ({{ complaint.reference }})',
    body: `<p>Dear {{ recipient.name }},</p>
<p>On {{ complaint.receivedAt | datum }} we received a complaint about you (reference {{ complaint.reference }}). Its handling has been completed. With this letter we tell you the outcome (article 9:12 of the General Administrative Law Act).</p>
{% if complaint.judgement %}<p><strong>Our judgement</strong><br>
We find the complaint <strong>{{ complaint.judgement | downcase }}</strong>.</p>{% endif %}
{% if parts.size > 0 %}<p><strong>Our judgement per part</strong></p>
<ol>
{% for part in parts %}<li>{{ part.description }}<br>
Judgement: {{ part.judgement | downcase }}</li>
{% endfor %}</ol>{% endif %}
{% if complaint.findings %}<p><strong>What we established</strong><br>
{{ complaint.findings | newline_to_br }}</p>{% endif %}
{% if complaint.conclusions %}<p><strong>Our conclusions</strong><br>
{{ complaint.conclusions | newline_to_br }}</p>{% endif %}
<p>Do you have questions? Please contact {% if handler.name %}{{ handler.name }}, the handler of the complaint{% else %}the handler of the complaint{% endif %}.</p>
${CLOSING_EN}`,
  },
];
