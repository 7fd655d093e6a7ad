/**
 * Default letters as earlier releases stored them in complaints_letter_templates at their first start,
 * word for word: an upgrade step that changes a default recognises a stored copy nobody edited by being
 * exactly one of these, and replaces it with today's default (steps.ts). Never change a text here: it is
 * what a database out there holds.
 */
import type { LetterTemplateSource } from '../letters/types';

/**
 * The receipt letter (submission_received, to the complainant) as releases 0.1.0 and 0.2.0 stored it at
 * their first start: it echoed the description and the desired outcome to an e-mail address nobody had
 * verified. Kept here word for word, to recognise copies nobody edited.
 */
export const RECEIPT_WITH_FREE_TEXT: Record<'nl' | 'en', Pick<LetterTemplateSource, 'subject' | 'body'>> = {
  nl: {
    subject: 'Wij hebben uw klacht ontvangen ({{ complaint.reference }})',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Bedankt voor uw klacht. Wij hebben deze ontvangen op {{ complaint.receivedAt | datumtijd }}. Uw klacht heeft het kenmerk <strong>{{ complaint.reference }}</strong>. Wilt u dit kenmerk noemen als u contact met ons opneemt?</p>
<p>U ontvangt {% if complaint.acknowledgementDue %}uiterlijk op {{ complaint.acknowledgementDue | datum }} {% endif %}een ontvangstbevestiging van de betrokken afdeling. Daarin leest u hoe wij uw klacht verder behandelen.</p>
{% if complaint.statusUrl %}<p>Via deze persoonlijke link volgt u de voortgang van uw klacht: <a href="{{ complaint.statusUrl }}">{{ complaint.statusUrl }}</a><br>
Deel deze link niet met anderen.</p>{% endif %}
<p><strong>Uw klacht</strong><br>
{{ complaint.description | newline_to_br }}</p>
{% if complaint.desiredOutcome %}<p><strong>Wat u graag wilt bereiken</strong><br>
{{ complaint.desiredOutcome | newline_to_br }}</p>{% endif %}
<p>Met vriendelijke groet,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`,
  },
  en: {
    subject: 'We have received your complaint ({{ complaint.reference }})',
    body: `<p>Dear {{ recipient.name }},</p>
<p>Thank you for your complaint. We received it on {{ complaint.receivedAt | datumtijd }}. Your complaint has the reference <strong>{{ complaint.reference }}</strong>. Please mention this reference whenever you contact us.</p>
<p>{% if complaint.acknowledgementDue %}By {{ complaint.acknowledgementDue | datum }} you{% else %}You{% endif %} will receive an acknowledgement from the department concerned, telling you how we will handle your complaint.</p>
{% if complaint.statusUrl %}<p>You can follow the progress of your complaint with this personal link: <a href="{{ complaint.statusUrl }}">{{ complaint.statusUrl }}</a><br>
Please do not share this link with others.</p>{% endif %}
<p><strong>Your complaint</strong><br>
{{ complaint.description | newline_to_br }}</p>
{% if complaint.desiredOutcome %}<p><strong>What you would like to achieve</strong><br>
{{ complaint.desiredOutcome | newline_to_br }}</p>{% endif %}
<p>Kind regards,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`,
  },
};

/**
 * The letters that end a phase (not handled, outcome, closure, committee information) and the staff
 * reminder of an expiring handling term, as release 0.1.0 stored them and as they stayed the defaults until
 * 0.2.0 (`0.2.0-letters-name-the-next-body`): the next body was always a disputes committee with a fixed
 * number of weeks, the closure after the committee's ruling still sent the complainant to the committee,
 * and the reminder did not say until when the term can be extended.
 */
export const BEFORE_NEXT_BODY_NAMED: LetterTemplateSource[] = [
  {
    kind: 'not_admissible_notice',
    audience: 'complainant',
    locale: 'nl',
    subject: 'Uw klacht {{ complaint.reference }} wordt niet in behandeling genomen',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij uw klacht ontvangen (kenmerk {{ complaint.reference }}). Wij hebben uw klacht zorgvuldig bekeken. Helaas moeten wij u laten weten dat wij uw klacht niet in behandeling nemen.</p>
{% if complaint.notAdmissibleReason %}<p><strong>De reden</strong><br>
{{ complaint.notAdmissibleReason }}</p>{% endif %}
{% if complaint.notAdmissibleExplanation %}<p><strong>Toelichting</strong><br>
{{ complaint.notAdmissibleExplanation | newline_to_br }}</p>{% endif %}
{% if complaint.referral %}<p><strong>Waar kunt u wel terecht?</strong><br>
{{ complaint.referral | newline_to_br }}</p>{% endif %}
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
<p>Heeft u vragen over deze brief? Neem dan contact met ons op en noem het kenmerk {{ complaint.reference }}.</p>
<p>Met vriendelijke groet,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`,
  },
  {
    kind: 'not_admissible_notice',
    audience: 'complainant',
    locale: 'en',
    subject: 'Your complaint {{ complaint.reference }} will not be handled',
    body: `<p>Dear {{ recipient.name }},</p>
<p>We received your complaint on {{ complaint.receivedAt | datum }} (reference {{ complaint.reference }}). We have looked at your complaint carefully. Unfortunately we have to inform you that we will not handle your complaint.</p>
{% if complaint.notAdmissibleReason %}<p><strong>The reason</strong><br>
{{ complaint.notAdmissibleReason }}</p>{% endif %}
{% if complaint.notAdmissibleExplanation %}<p><strong>Explanation</strong><br>
{{ complaint.notAdmissibleExplanation | newline_to_br }}</p>{% endif %}
{% if complaint.referral %}<p><strong>Where you can go instead</strong><br>
{{ complaint.referral | newline_to_br }}</p>{% endif %}
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
<p>Do you have questions about this letter? Please contact us and mention reference {{ complaint.reference }}.</p>
<p>Kind regards,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`,
  },
  {
    kind: 'agreements_letter',
    audience: 'complainant',
    locale: 'nl',
    subject: 'Uitkomst van uw klacht {{ complaint.reference }} en de gemaakte afspraken',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij uw klacht ontvangen (kenmerk {{ complaint.reference }}).{% if hearing.plannedAt %} Op {{ hearing.plannedAt | datum }} hebben wij met u over uw klacht gesproken.{% endif %} In deze brief leest u wat wij hebben onderzocht, wat ons oordeel is en welke afspraken wij hebben gemaakt.</p>
{% if complaint.findings %}<p><strong>Wat wij hebben onderzocht</strong><br>
{{ complaint.findings | newline_to_br }}</p>{% endif %}
{% if complaint.judgement %}<p><strong>Ons oordeel</strong><br>
Wij vinden uw klacht <strong>{{ complaint.judgement | downcase }}</strong>.</p>{% endif %}
{% if complaint.conclusions %}<p><strong>Onze conclusies</strong><br>
{{ complaint.conclusions | newline_to_br }}</p>{% endif %}
{% if agreements.size > 0 %}<p><strong>De gemaakte afspraken</strong></p>
<ol>
{% for afspraak in agreements %}<li>{{ afspraak.description }}<br>
Uiterlijk op: {{ afspraak.dueDate | datum }}{% if afspraak.owner %}<br>
Wie: {{ afspraak.owner }}{% endif %}</li>
{% endfor %}</ol>
<p>Wij houden in de gaten dat deze afspraken worden nagekomen.</p>{% else %}<p>Er zijn geen verdere afspraken gemaakt.</p>{% endif %}
<p><strong>Bent u het niet eens met de uitkomst?</strong><br>
Bent u niet tevreden over de uitkomst of de geboden oplossing? Laat het ons dan weten{% if complaint.statusUrl %} via <a href="{{ complaint.statusUrl }}">uw persoonlijke klachtpagina</a>{% endif %}. Komen wij er samen niet uit, dan kunt u uw klacht als geschil voorleggen aan de {{ committee.name }} (<a href="{{ committee.website }}">{{ committee.website }}</a>).</p>
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
<p>Met vriendelijke groet,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`,
  },
  {
    kind: 'agreements_letter',
    audience: 'complainant',
    locale: 'en',
    subject: 'Outcome of your complaint {{ complaint.reference }} and the agreements made',
    body: `<p>Dear {{ recipient.name }},</p>
<p>We received your complaint on {{ complaint.receivedAt | datum }} (reference {{ complaint.reference }}).{% if hearing.plannedAt %} On {{ hearing.plannedAt | datum }} we talked with you about your complaint.{% endif %} In this letter you can read what we investigated, what our judgement is and which agreements we made.</p>
{% if complaint.findings %}<p><strong>What we investigated</strong><br>
{{ complaint.findings | newline_to_br }}</p>{% endif %}
{% if complaint.judgement %}<p><strong>Our judgement</strong><br>
We consider your complaint <strong>{{ complaint.judgement | downcase }}</strong>.</p>{% endif %}
{% if complaint.conclusions %}<p><strong>Our conclusions</strong><br>
{{ complaint.conclusions | newline_to_br }}</p>{% endif %}
{% if agreements.size > 0 %}<p><strong>The agreements made</strong></p>
<ol>
{% for agreement in agreements %}<li>{{ agreement.description }}<br>
Due by: {{ agreement.dueDate | datum }}{% if agreement.owner %}<br>
Who: {{ agreement.owner }}{% endif %}</li>
{% endfor %}</ol>
<p>We will make sure that these agreements are kept.</p>{% else %}<p>No further agreements were made.</p>{% endif %}
<p><strong>Do you disagree with the outcome?</strong><br>
If you are not satisfied with the outcome or the solution offered, please let us know{% if complaint.statusUrl %} on <a href="{{ complaint.statusUrl }}">your personal complaint page</a>{% endif %}. If we cannot resolve it together, you can submit your complaint as a dispute to the {{ committee.name }} (<a href="{{ committee.website }}">{{ committee.website }}</a>).</p>
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
<p>Kind regards,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`,
  },
  {
    kind: 'committee_information',
    audience: 'complainant',
    locale: 'nl',
    subject: 'Uw klacht {{ complaint.reference }} voorleggen aan de {{ committee.name }}',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>U heeft ons laten weten dat u niet tevreden bent over de uitkomst van uw klacht met kenmerk {{ complaint.reference }}, of over de oplossing die wij u hebben geboden. Het spijt ons dat wij er samen niet uit zijn gekomen. Uw klacht is daarmee een geschil geworden.</p>
<p>U kunt dit geschil ter beoordeling voorleggen aan de {{ committee.name }}. Deze onafhankelijke commissie is er voor alle klanten die de interne klachtenprocedure hebben doorlopen, maar er samen met ons niet uitkomen.</p>
<p><strong>Zo bereikt u de commissie</strong></p>
<ul>
<li>{{ committee.name }}</li>
<li>Postadres: {{ committee.address | newline_to_br }}</li>
<li>E-mail: <a href="mailto:{{ committee.email }}">{{ committee.email }}</a></li>
<li>Website: <a href="{{ committee.website }}">{{ committee.website }}</a></li>
</ul>
<p>Leg uw geschil binnen <strong>{{ committee.termWeeks }} weken</strong> na de datum van deze brief aan de commissie voor. Noem daarbij het kenmerk {{ complaint.reference }} en stuur een kopie mee van uw klacht en van onze brief met de uitkomst.</p>
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
<p>Met vriendelijke groet,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`,
  },
  {
    kind: 'committee_information',
    audience: 'complainant',
    locale: 'en',
    subject: 'Submitting your complaint {{ complaint.reference }} to the {{ committee.name }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>You have let us know that you are not satisfied with the outcome of your complaint with reference {{ complaint.reference }}, or with the solution we offered. We are sorry that we could not resolve it together. Your complaint has thereby become a dispute.</p>
<p>You can submit this dispute for judgement to the {{ committee.name }}. This independent committee is there for every client who has gone through the internal complaint procedure but could not reach agreement with us.</p>
<p><strong>How to reach the committee</strong></p>
<ul>
<li>{{ committee.name }}</li>
<li>Postal address: {{ committee.address | newline_to_br }}</li>
<li>E-mail: <a href="mailto:{{ committee.email }}">{{ committee.email }}</a></li>
<li>Website: <a href="{{ committee.website }}">{{ committee.website }}</a></li>
</ul>
<p>Please submit your dispute to the committee within <strong>{{ committee.termWeeks }} weeks</strong> of the date of this letter. Mention reference {{ complaint.reference }} and enclose a copy of your complaint and of our letter with the outcome.</p>
{% if furtherRecourse %}<p>{{ furtherRecourse }}</p>{% endif %}
<p>Kind regards,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`,
  },
  {
    kind: 'closure',
    audience: 'complainant',
    locale: 'nl',
    subject: 'Afsluiting van uw klacht {{ complaint.reference }}',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Met deze brief laten wij u weten dat wij de behandeling van uw klacht met kenmerk {{ complaint.reference }}, die wij op {{ complaint.receivedAt | datum }} ontvingen, hebben afgesloten.</p>
{% if complaint.judgement %}<p>Ons oordeel over uw klacht: <strong>{{ complaint.judgement | downcase }}</strong>.</p>{% endif %}
{% if agreements.size > 0 %}<p>Dit is de stand van de afspraken die wij met u hebben gemaakt:</p>
<ul>
{% for afspraak in agreements %}<li>{{ afspraak.description }}<br>
Stand: {{ afspraak.status }}</li>
{% endfor %}</ul>{% endif %}
<p>Dank u wel voor uw klacht. Uw klacht helpt ons om onze dienstverlening te verbeteren.</p>
<p>Bent u niet tevreden over de uitkomst of de geboden oplossing, en komen wij er samen niet uit? Dan kunt u uw klacht als geschil voorleggen aan de {{ committee.name }} (<a href="{{ committee.website }}">{{ committee.website }}</a>). Deze commissie is er voor alle klanten die de interne klachtenprocedure hebben doorlopen, maar er samen met ons niet uitkomen.</p>
<p>Met vriendelijke groet,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`,
  },
  {
    kind: 'closure',
    audience: 'complainant',
    locale: 'en',
    subject: 'Closure of your complaint {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>With this letter we let you know that we have closed the handling of your complaint with reference {{ complaint.reference }}, which we received on {{ complaint.receivedAt | datum }}.</p>
{% if complaint.judgement %}<p>Our judgement of your complaint: <strong>{{ complaint.judgement | downcase }}</strong>.</p>{% endif %}
{% if agreements.size > 0 %}<p>This is where the agreements we made with you stand:</p>
<ul>
{% for agreement in agreements %}<li>{{ agreement.description }}<br>
State: {{ agreement.status }}</li>
{% endfor %}</ul>{% endif %}
<p>Thank you for your complaint. It helps us improve our services.</p>
<p>If you are not satisfied with the outcome or the solution offered, and we cannot resolve it together, you can submit your complaint as a dispute to the {{ committee.name }} (<a href="{{ committee.website }}">{{ committee.website }}</a>). This committee is there for every client who has gone through the internal complaint procedure but could not reach agreement with us.</p>
<p>Kind regards,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`,
  },
  {
    kind: 'staff_handling_expiring',
    audience: 'staff',
    locale: 'nl',
    subject: 'Behandeltermijn loopt af: {{ complaint.reference }}',
    body: `<p>Beste {{ recipient.name }},</p>
<p>De behandeltermijn van klacht {{ complaint.reference }} loopt af op <strong>{{ complaint.handlingDue | datum }}</strong>. Rond de behandeling voor die datum af. Lukt dat niet, verleng de termijn dan vóór die datum en laat dat de klager{% if complaint.aboutEmployeeBehaviour %} en de medewerker over wie de klacht gaat{% endif %} schriftelijk weten.</p>
{% if complaint.adminUrl %}<p>Bekijk de klacht: <a href="{{ complaint.adminUrl }}">{{ complaint.adminUrl }}</a></p>{% endif %}
<p>Dit bericht is automatisch verstuurd door de klachtenregistratie van {{ organisation.name }}.</p>`,
  },
  {
    kind: 'staff_handling_expiring',
    audience: 'staff',
    locale: 'en',
    subject: 'Handling term expiring: {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>The handling term of complaint {{ complaint.reference }} expires on <strong>{{ complaint.handlingDue | datum }}</strong>. Please complete the handling before that date. If that is not possible, extend the term before that date and inform the complainant{% if complaint.aboutEmployeeBehaviour %} and the employee the complaint is about{% endif %} in writing.</p>
{% if complaint.adminUrl %}<p>View the complaint: <a href="{{ complaint.adminUrl }}">{{ complaint.adminUrl }}</a></p>{% endif %}
<p>This message was sent automatically by the complaints register of {{ organisation.name }}.</p>`,
  },
];

/**
 * The complainant's invitation to a conversation as release 0.1.0 stored it and as it stayed the default
 * until 0.2.0 (`0.2.0-invitation-per-side`): one conversation for everyone, no term to respond by.
 */
export const INVITATION_BEFORE_SIDES: LetterTemplateSource[] = [
  {
    kind: 'hearing_invitation',
    audience: 'complainant',
    locale: 'nl',
    subject: 'Uitnodiging voor een gesprek over uw klacht {{ complaint.reference }}',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Op {{ complaint.receivedAt | datum }} hebben wij uw klacht ontvangen (kenmerk {{ complaint.reference }}). Wij willen graag met u in gesprek. In het gesprek kunt u uw klacht toelichten en kunnen wij daarop reageren. Daarna zoeken wij samen naar een oplossing.</p>
{% if hearing %}<p>Wij nodigen u uit voor een gesprek:</p>
<ul>
{% if hearing.plannedAt %}<li>Datum en tijd: <strong>{{ hearing.plannedAt | datumtijd }}</strong></li>{% endif %}
{% if hearing.mode %}<li>Vorm: {{ hearing.mode }}</li>{% endif %}
{% if hearing.location %}<li>Plaats: {{ hearing.location }}</li>{% endif %}
{% if hearing.attendees %}<li>Aanwezig namens {{ organisation.name }}: {{ hearing.attendees }}</li>{% endif %}
</ul>{% endif %}
<p>Afhankelijk van de situatie is ook de medewerker op wie uw klacht betrekking heeft bij het gesprek aanwezig{% if complaint.aboutEmployeeBehaviour %}. Omdat uw klacht over het gedrag van een medewerker gaat, krijgt ook die medewerker de gelegenheid om te reageren{% endif %}. Van het gesprek maken wij een verslag. Als u wilt, kunt u iemand meenemen naar het gesprek.</p>
<p>Komt het moment u niet goed uit? Neem dan zo snel mogelijk contact met ons op, dan maken wij een nieuwe afspraak. Wilt u liever geen gesprek? Laat het ons dan ook weten.</p>
<p>Met vriendelijke groet,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`,
  },
  {
    kind: 'hearing_invitation',
    audience: 'complainant',
    locale: 'en',
    subject: 'Invitation to a conversation about your complaint {{ complaint.reference }}',
    body: `<p>Dear {{ recipient.name }},</p>
<p>We received your complaint on {{ complaint.receivedAt | datum }} (reference {{ complaint.reference }}). We would like to talk with you about it. In the conversation you can explain your complaint and we can respond to it. Then we will look for a solution together.</p>
{% if hearing %}<p>We invite you to a conversation:</p>
<ul>
{% if hearing.plannedAt %}<li>Date and time: <strong>{{ hearing.plannedAt | datumtijd }}</strong></li>{% endif %}
{% if hearing.mode %}<li>Form: {{ hearing.mode }}</li>{% endif %}
{% if hearing.location %}<li>Place: {{ hearing.location }}</li>{% endif %}
{% if hearing.attendees %}<li>Attending for {{ organisation.name }}: {{ hearing.attendees }}</li>{% endif %}
</ul>{% endif %}
<p>Depending on the situation, the employee your complaint concerns may also be present{% if complaint.aboutEmployeeBehaviour %}. Because your complaint is about the behaviour of an employee, that employee will also be given the opportunity to respond{% endif %}. We will make a report of the conversation. If you wish, you may bring someone with you.</p>
<p>Is this moment not convenient for you? Please contact us as soon as possible and we will make a new appointment. Would you rather not have a conversation? Please let us know as well.</p>
<p>Kind regards,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`,
  },
];
